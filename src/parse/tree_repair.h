// Repairs of parses the shipped model gets wrong in wire copy's own word order, done after parsing so every other
// parse stays as the model made it.
//
// "China on Sunday expressed strong dissatisfaction ...": the treebanks the model learned from seldom put the day
// between subject and verb, and the model often reads "on" as a clause marker and the weekday as the verb's
// subject, losing the real one (or hanging the verb under it). "on <weekday>" is never that: the weekday becomes an
// oblique of the verb with "on" its case, and a subject left without its verb gets it back.
#pragma once

#include "text/sentence.h"

namespace vigil::parse {

// Mends each "on <weekday>" the parse made a marker and a subject; returns how many it mended. The result is always
// a tree with one root: a restructuring that would not give one is not made.
int repair_day_phrases(Sentence& s);

// Mends "X on <weekday> VERBed" where the parse made X the root and hung the verb below it (a parataxis, conjunct
// or clause: "China on Thursday said ...", "Israeli police on Friday found ..."): the verb heads the sentence, X is
// its subject, the weekday its oblique. Returns how many it mended; the result is always one tree.
int repair_day_verb_roots(Sentence& s);

// "Also in Narathiwat, a Muslim man, a former village chief, was shot dead", "On Sunday, General Yossi Beidetz, the
// head of the research division, told ...": a finite clause (by an auxiliary or its own tag) with no subject whose
// fronted oblique (or adverb) has an apposition before the verb. The model hung the subject under the place as if
// it renamed it; a place is not renamed by a person between commas before a subjectless verb. The apposition
// becomes the verb's subject (nsubj:pass under a passive auxiliary), and the fronted phrase's later appositions
// describe it. Returns how many it mended; a restructuring that would not give a tree is not made.
int repair_fronted_appositives(Sentence& s);

// "Following his talks with Wu Yi, Ruggiero also met with ...", "In a meeting with X, Hu said ...": a finite verb
// with no subject, where the one noun phrase between the last comma and the verb was hung back inside the fronted
// phrase as a conjunct or apposition of the name that ends it. A fronted circumstance is no list the subject
// belongs to; the phrase becomes the verb's subject (nsubj:pass under a passive auxiliary). Returns how many it
// mended; a restructuring that would not give a tree is not made.
int repair_fronted_conjunct_subjects(Sentence& s);

// "The Zambian government Friday warned of stern action": wire copy's bare weekday between subject and verb (or "on"
// and the weekday: "Minister Mikhail Zurabov on Thursday denied"). The model often hung the subject under the weekday
// as its compound, leaving a finite verb with no subject; a weekday names no one, so the phrase before it (headed by
// its last word when the model made a country adjective its head) becomes the verb's subject (nsubj:pass under a
// passive auxiliary) and the weekday its temporal oblique. So is a weekday the model made a second subject of a verb
// that has one ("Denktash said Wednesday he was ...") or the subject of a relative clause ("the Action Congress (AC),
// Sunday slammed ..."). Returns how many it mended; a restructuring that would not give a tree is not made.
int repair_bare_day_subjects(Sentence& s);

// "accused Ethiopian forces of massacring civilians", "acquitted the doctor of murdering his wife": the act a verb of
// charging or clearing (accuse, suspect, convict, acquit, absolve) names in its "of" + gerund. The model often hung
// the gerund on the object, or on another noun after the verb ("for the first time"), as the noun's own clause; no
// noun there takes "of" + gerund in place of the verb, so the gerund becomes the verb's adverbial clause ("of" its
// marker), whose doer is the verb's object. Returns how many it mended; a restructuring that would not give a tree is
// not made.
int repair_charged_acts(Sentence& s);

// "Ramos told reporters that he had sent a letter", "assured journalists the talks would go on": the clause a verb of
// telling (tell, inform, assure, remind, warn, brief) reports, which the model often hung on the reporters as their
// own clause. Reporters are the audience, not what the clause is about: the clause becomes the verb's complement
// (ccomp). A relative clause ("reporters who travelled with him") stays. Returns how many it mended; a
// restructuring that would not give a tree is not made.
int repair_reported_clauses(Sentence& s);

// "Seven British soldiers accused of beating a teenager were acquitted", "An Israeli millionaire accused of selling
// arms has been missing": a reduced relative the model read as the sentence's verb, a past participle with the noun
// as its subject, and no auxiliary of its own, leaving the real verb hung below it. A participle with no auxiliary is
// no finite verb: the later verb that is finite (by tag or auxiliary) and has no subject becomes the root with the
// noun as its subject, and the participle the noun's clause. Returns how many it mended (0 or 1); a restructuring
// that would not give a tree is not made.
int repair_reduced_passives(Sentence& s);

// "South Africa, India and Brazil held talks", "China, Japan and South Korea agreed": a list of three or more names
// (each a run of proper nouns, "the" allowed before it) joined by commas and a final "and" or "or", which the model
// split between clauses or folded into one name. Unless the model already made the later members conjuncts of the
// first (directly or in a chain), the first member takes the list's outside attachment and the others become its
// conjuncts, with their commas and the "and". Not a fronted phrase ("In Beijing, China and Japan agreed") nor a list
// with a day or month in it. Returns how many lists it mended; a restructuring that would not give a tree is not made.
int repair_name_lists(Sentence& s);

// "Kyiv was visited by the prime ministers of Poland, the Czech Republic and Slovenia": a list of names whose second
// member (after a comma and an article) the model hung on the verb as a conjunct of the clause, splitting the list.
// A name with no clause of its own that goes on as a list ("... and Slovenia"), right after a comma that ends a name
// inside one of the verb's phrases, continues that name's list: it becomes the name's conjunct. Returns how many it
// mended; a restructuring that would not give a tree is not made.
int repair_stray_list_conjuncts(Sentence& s);

// "..., said Chinese President Hu Jintao here Tuesday when meeting with ...": the model made the adverb after an
// inverted speaker the head of a clause of its own, with the speaker as its subject. An adverb with a subject and no
// copula heads no clause; the subject, between a verb with none and the adverb, is that verb's, and the adverb its
// modifier. Returns how many it mended; a restructuring that would not give a tree is not made.
int repair_adverb_clause_subjects(Sentence& s);

// "eased sanctions on the oil sector after the government and the opposition signed an agreement": a clause after a
// subordinating conjunction that the model read as a preposition, its subject the conjunction's object and its verb a
// subjectless conjunct of the main clause. A conjunction's phrase right before a finite verb with no subject and no
// "and" of its own is that verb's subject; the verb becomes an adverbial clause of the main verb, the conjunction its
// marker. So where the model made the phrase the verb's subject but kept the conjunction its preposition and the
// clause a complement or conjunct of the main verb ("eased its ban after the government signed a deal"). Returns how
// many it mended; a restructuring that would not give a tree is not made. The conjunctions are those of time and
// "as" ("proved elusive as Russia and China objected to the draft").
int repair_subordinate_clause_subjects(Sentence& s);

// "will monitor the implementation of the deal clinched on Tuesday on the Rafah crossings": a past participle right
// after a noun inside the verb's phrases, which the model made a complement or adverbial of the verb (so that the
// verb's subject clinched the deal). With no marker, auxiliary, subject or object of its own it describes the noun
// before it and becomes that noun's clause. Not after the verb's own object ("left 36 people wounded") or a weekday.
// Returns how many it mended; a restructuring that would not give a tree is not made.
int repair_stray_participles(Sentence& s);

// "Afghan leaders strongly denounced the act and called for an investigation": a finite verb joined by "and" or
// "but" that the model made a conjunct of the first verb's object or oblique, which left it no subject. With no
// subject of its own, it is a conjunct of that verb. Returns how many it mended; a restructuring that would not give
// a tree is not made.
int repair_verb_conjuncts_of_nouns(Sentence& s);

// "The International Organization for Migration said on Tuesday ...", "crude for January delivery gained 23 cents":
// the model made the subject noun the root and hung the finite verb after it on the noun (a parataxis, conjunct,
// clause or modifier) with no subject. The verb heads the sentence and the noun is its subject. Not a nominal
// predicate (a noun with a copula or a subject), nor a verb joined by "and"/"but". A participle counts as finite with
// a finite auxiliary ("De Beers has sold", "was held": then passive), or when, with an object and no "by", no other
// finite verb could be the sentence's ("The statement called for peace": retagged VBD). A finite verb the parse
// joined to a participle describing the noun ("A grenade lobbed from a car injured two officers") heads the
// sentence instead. Returns 1 if it mended.
int repair_nominal_roots(Sentence& s);

// "was sentenced to jail for life by a court": "jail" or "prison" after "to" that the model read as a verb, the
// complement of a verb of sentencing. It is the place the sentence sends to, a noun oblique of that verb, which also
// takes what the model hung on it ("by a court"). Returns how many it mended.
int repair_sentenced_to_places(Sentence& s);

// "was installed as coordinating minister", "named him acting president": a participle of office ("acting",
// "coordinating", "managing", "presiding", ...) that the model made a verb taking the title after it as its object.
// The title heads the phrase in the participle's place, the participle its adjective. Returns how many it mended.
int repair_title_participles(Sentence& s);

// "Indonesia's economy has taken a beating", "condemned a killing": a word in -ing that the model tagged a verb
// although "a" or "an" is its own determiner. A gerund with an article is a noun (UD tags it NOUN): it is
// retagged NN with its form as lemma, and a clause it headed under a verb becomes the verb's object (or an oblique,
// its marker a case, when it had one: "by a bombing"). Not one with an object or a subject of its own. Returns how
// many it mended; a restructuring that would not give a tree is not made.
int repair_determined_gerunds(Sentence& s);

// Wire copy's inverted attribution, '"...," said the sources', ', said Chinese foreign ministry spokesman Shen
// Guofang': a finite verb of saying right after a comma or closing quote whose speaker after it the model made its
// object or complement. The speaker becomes its subject. Any verb so placed after a quotation closed by a comma is
// one of saying ('"Blair's surrender," lashed the Daily Mail'): a subject the model found inside the quotation
// becomes the verb's complement. Returns how many it mended.
int repair_inverted_speakers(Sentence& s);

// Wire copy's closing attribution, '..., police said Thursday', '..., the Interfax agency reported': a verb of
// saying with no subject whose speaker, the noun phrase between the last comma and the verb, the model joined to a
// word before the comma (a conjunct, a modifier). The phrase becomes the verb's subject; a verb the model hung on
// the phrase itself ('..., the team's official website said on Tuesday') takes the phrase's place. Returns how many
// it mended; a restructuring that would not give a tree is not made.
int repair_trailing_speakers(Sentence& s);

// "KCNA said the son and heir of Kim Il-Sung reviewed the march-past", "McCormack confirmed Prince Bandar met Rice": a
// verb of saying or thinking whose reported clause (ccomp) has a finite verb with no subject, and whose object is the
// noun phrase right before that clause. The object is the clause's subject. Returns how many it mended.
int repair_reported_subjects(Sentence& s);

// A possessor ("Cyprus' Foreign Minister George Lillikas", "President Fidel Ramos' government", "after meeting New
// Zealand's Prime Minister Helen Clark") that the model made a subject, compound or object of its own, often beside
// the noun it owns: it owns the noun phrase after the possessive marker (nmod:poss). Returns how many it mended; a
// restructuring that would not give a tree is not made.
int repair_possessives(Sentence& s);

// A passive subject (nsubj:pass) of a verb no form of "be" makes passive: a past tense ("the students called for free
// elections"), a perfect ("Mobutu has lost control") or a participle with an object. It is the subject. Reduced
// passives ("Mahato, accused of ...") keep theirs. Returns how many it mended.
int repair_active_subjects(Sentence& s);

// "Visiting Russian Prime Minister Viktor Chernomyrdin gave a warning", with "Visiting" read as a verb whose object
// is the guest and which is the subject of "gave": the guest is the subject and "Visiting" describes it (amod).
// Returns 1 if it mended.
int repair_opening_visiting(Sentence& s);

// "Making a brief statement after the meeting with Koirala, Boucher said ...", "Passed by 27 votes to 11, it also
// called on ...": a participle opening the sentence that the model made the root, with the main clause's finite
// verb (which has a subject of its own, after the comma that closes the participle's phrase) hung below it as a
// conjunct, parataxis or clause. The finite verb heads the sentence and the participle is its adverbial clause.
// Returns 1 if it mended.
int repair_opening_participles(Sentence& s);

// "Expressing anger over the U.S. veto, Moussa said ...", "Fearing clashes, the security force were waiting": an
// opening -ing word the tagger read as an adjective on the noun after it, which the parse then made a second subject
// of the verb whose real subject follows the comma. The word is a participle (VERB, VBG) heading an adverbial clause
// of that verb, the noun its object. Returns 1 if it mended (the caller relemmatizes the word as a verb).
int repair_opening_gerund_modifiers(Sentence& s);

// "Australian Foreign Minister Alexander Downer met ...", "Russian President Boris Yeltsin will take ...": a country
// adjective opening the subject's phrase that the model hung on the verb as an adverb. It modifies the phrase (amod
// of the word the next word modifies, inside the subject). Returns how many it mended.
int repair_stray_subject_adjectives(Sentence& s);

// "clashes between his secular Fatah faction and the ruling Islamist movement Hamas", "talks in Washington between
// Netanyahu and Clinton": "between" takes two, but the model hung the member after "and" elsewhere (a parataxis of
// the clause, a conjunct of the verb). It becomes the first member's conjunct, the "and" its coordinator. Returns how
// many it mended; a restructuring that would not give a tree is not made.
int repair_between_pairs(Sentence& s);

// "United States President George W. Bush reaffirmed ...", "Transport Minister Matthias Wissmann said": a title
// written straight before a name that the model made a second subject of the verb. It is the name's compound (an
// adjective its amod: "Italian Prime Minister Romano Prodi flew").
// Only a title with a capital in it, not a time ("A US jury last month ruled") nor a phrase set off by punctuation.
// Returns how many it mended.
int repair_split_title_subjects(Sentence& s);

// "Luanda, meanwhile, rushed to tidy up its capital", "Spicer, carrying only hand luggage, was met by a driver": a
// name set off by commas before a verb with no subject, which the model (trained partly on e-mail, where people are
// addressed) read as a vocative. News does not address its readers' subjects: a noun or name the model made a
// vocative before its verb, where the verb has no subject, is the verb's subject (nsubj:pass under a passive
// auxiliary) when the verb is finite. Quoted greetings ("Thank you Hungary") put the name after the verb, and
// imperatives ("John, call me") are not finite: both stay. So is a capitalised word before a comma that the tagger
// read as an interjection ("Annan, in a statement issued in Geneva, called on ..."), when no list of interjections
// holds it ("Yes, ...", "Well, ..."): it becomes a proper noun. Returns how many it mended.
int repair_vocative_subjects(Sentence& s);

// "visit the Trade Development Board before leaving for China", "controls the northern third of Kashmir while the
// rest is administered by New Delhi": a clause of time, contrast or condition (its marker "before", "after", "until",
// "while", "when", "whereas", "although", "though", "because", "unless", "if": "will give a destructive response if
// it is attacked") the model hung on a noun as a clause modifying it.
// Such a clause modifies the event, not the thing: it becomes an adverbial clause of the first word above the noun
// that is no noun. Not after a noun of time ("a year after joining", "the day when"), nor with "since" ("his first
// trip since he was elected"), where the noun is what the clause dates. Returns how many it mended.
int repair_noun_time_clauses(Sentence& s);

// "said Wednesday that OPEC had more work to do", "said in a statement that sanctions were needed", "told a news
// conference in London that he was beaten": a that-clause reported by a verb of saying, which the model hung on the
// day, the statement or the audience between them as the noun's own clause. A noun of time, an oblique (where and how
// it was said) and the audience of a verb of telling take no such clause: it becomes the verb's complement (ccomp),
// when the verb has none. A content noun the verb governs directly keeps its clause ("confirmed reports that he was
// approached"). Returns how many it mended.
int repair_that_clauses_of_saying(Sentence& s);

// "Iran and the EU are due to resume talks on Monday", "He was due to leave late Thursday": "due to" before a verb's
// base form is the adjective "due" with its infinitive, not the preposition "due to" (the treebanks have no such
// sentence, so the model reads the preposition). "due" takes the verb's place (with its subject, and "be" as its
// copula); the verb becomes its xcomp with "to" as its marker. Returns how many it mended.
int repair_due_to_infinitives(Sentence& s);

// "Hu Jintao and Wen Jiabao are to meet with President Bush", "Christian Wulff is to meet investors": the subject of
// "be to" + verb (the verb's copula and "to" before it), which the model made an oblique with no preposition. It is
// the verb's subject when the verb has none. Returns how many it mended.
int repair_be_to_subjects(Sentence& s);

// "Maoist rebels, who have been fighting since 1996, on Friday extended their ceasefire": the model made the
// relative clause the sentence's main clause (its verb with two subjects, the noun and "who") and the real main
// verb its conjunct. The conjunct becomes the main verb with the noun as its subject; the relative clause is the
// noun's again. Only with the relative word right after the comma that closes the noun's phrase, and a conjunct
// that is finite, has no subject and no "and". Returns how many it mended.
int repair_relative_clause_roots(Sentence& s);

}  // namespace vigil::parse
