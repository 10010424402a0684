// Attribution chains and confirmation across sentences, on hand-built trees coded with the shipped dictionaries.
#include <gtest/gtest.h>

#include "../coding/tree_builder.h"
#include "events/document_coder.h"
#include "lexicon/load_dictionaries.h"

namespace vigil::events {
namespace {

const lexicon::Lexicon& lex() {
  static lexicon::Lexicon l(lexicon::load_vigil_folders({VIGIL_SOURCE_DICTS_DIR, VIGIL_BUILD_DICTS_DIR}));
  return l;
}
const lexicon::CueLexicon& cues() {
  static lexicon::CueLexicon c = lexicon::load_cues(std::string(VIGIL_SOURCE_DICTS_DIR) + "/cues");
  return c;
}

// Codes a story of hand-built sentences (joined by single spaces) as from `outlet`.
std::vector<coding::Event> code(const std::vector<std::string>& specs, const std::string& outlet = "",
                                std::vector<Quote>* quotes = nullptr, bool quotes_wanted = true) {
  Document doc;
  doc.id = "t";
  doc.outlet = outlet;
  doc.published = "2024-03-01";
  std::vector<Sentence> sentences;
  for (const std::string& spec : specs) {
    Sentence s = test::tree(spec);
    if (!doc.text.empty()) doc.text += ' ';
    const uint32_t base = static_cast<uint32_t>(doc.text.size());
    doc.text += s.text;
    s.span = Span{base + s.span.begin, base + s.span.end};
    for (Word& w : s.words) w.span = Span{base + w.span.begin, base + w.span.end};
    sentences.push_back(std::move(s));
  }
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
  static parse::Model no_model;
  DocumentCoder coder(no_model, lex());
  coder.set_cues(cues());
  coder.set_quotes_wanted(quotes_wanted);
  std::vector<coding::Event> out;
  coder.code_parsed(doc, sentences, out);
  if (quotes) *quotes = coder.quotes();
  return out;
}

// Codes raw text end to end with the shipped model (tagged and parsed, not given as specs).
std::vector<coding::Event> code_text(const std::string& text, const std::string& published) {
  static const parse::Model model =
      parse::load_model(std::string(VIGIL_SOURCE_DICTS_DIR) + "/../" + parse::kDefaultModelName);
  Document doc;
  doc.id = "t";
  doc.published = published;
  doc.text = text;
  doc.regions.push_back(Region{RegionKind::body, Span{0, static_cast<uint32_t>(doc.text.size())}});
  DocumentCoder coder(model, lex());
  coder.set_cues(cues());
  std::vector<coding::Event> out;
  coder.code(doc, out);
  return out;
}

const coding::Event* find(const std::vector<coding::Event>& events, const std::string& verb) {
  for (const auto& e : events)
    if (e.evidence.verb == verb) return &e;
  return nullptr;
}

std::string chain(const coding::Event& e) {
  std::string s;
  for (const auto& l : e.attribution.value_or(std::vector<coding::AttributionLink>{}))
    s += (s.empty() ? "" : " > ") + l.kind + ":" + l.name;
  return s;
}

const char* kAttack = "Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/2/obj";

// The confirmation of "Russia attacked Ukraine." once a later sentence (`later`) is read.
std::string attack_confirmation_after(const std::string& later) {
  auto events = code({std::string(kAttack) + " ./PUNCT/2/punct", later});
  const coding::Event* e = find(events, "attacked");
  return e ? e->confirmation.value_or("(none)") : "(no attack event)";
}

TEST(Attribution, OutletCitedOutletAndAnonymousSources) {
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/7/punct the/DET/6/det Gazette/PROPN/7/nsubj reports|report/VERB/2/parataxis ,/PUNCT/9/punct "
                      "citing|cite/VERB/7/advcl two/NUM/12/nummod defence/NOUN/12/compound sources|source/NOUN/9/obj ./PUNCT/2/punct"},
                     "Northern Wire");
  const coding::Event* e = find(events, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(chain(*e), "outlet:Northern Wire > outlet:the Gazette > anonymous:two defence sources");
  EXPECT_EQ(e->modality, "asserted");
  EXPECT_EQ(e->confirmation, "reported");
}

TEST(Attribution, ASentenceFinalCreditSurvivesABrokenParse) {
  // The parser took "reports" for a noun and hung "citing" from it: the credit is read from the words.
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/7/punct the/DET/7/det Gazette/PROPN/7/compound reports|report/NOUN/2/obl ,/PUNCT/9/punct "
                      "citing|cite/VERB/7/acl two/NUM/11/nummod sources|source/NOUN/9/obj ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "outlet:the Gazette > anonymous:two sources");
}

TEST(Attribution, OwnVoiceHasOnlyTheOutlet) {
  auto events = code({std::string(kAttack) + " ./PUNCT/2/punct"}, "Northern Wire");
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "outlet:Northern Wire");
  auto bare = code({std::string(kAttack) + " ./PUNCT/2/punct"});
  ASSERT_FALSE(bare.empty());
  EXPECT_EQ(chain(bare.front()), "") << "no outlet, no chain";
}

TEST(Attribution, TheActorsOwnMinistryIsSelf) {
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/9/punct Russia/PROPN/8/nmod:poss 's/PART/5/case defence/NOUN/8/compound "
                      "ministry/NOUN/9/nsubj said|say/VERB/2/parataxis ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "self:Russia 's defence ministry");
}

TEST(Attribution, AnotherStatesOfficialsAreOfficial) {
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/7/punct Polish/ADJ/6/amod officials|official/NOUN/7/nsubj said|say/VERB/2/parataxis ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "official:Polish officials");
}

TEST(Attribution, ASingleUnnamedOfficialIsAnonymous) {
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/8/punct a/DET/7/det US/PROPN/7/compound official/NOUN/8/nsubj said|say/VERB/2/parataxis "
                      "./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "anonymous:a US official");
}

TEST(Attribution, AccordingToANamedBody) {
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/5/punct according/VERB/9/case to/ADP/5/fixed Human/PROPN/9/compound Rights/PROPN/9/compound "
                      "Watch/PROPN/2/obl ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "named:Human Rights Watch");
}

TEST(Attribution, ASentenceFinalCreditWithAParticipleAndAToldOutlet) {
  // "..., a person briefed on the decision said": the participle belongs to the source's words.
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/6/punct a/DET/6/det person/NOUN/2/appos briefed|brief/VERB:VBN/6/acl on/ADP/10/case "
                      "the/DET/10/det decision/NOUN/7/obl said|say/VERB/2/parataxis ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "anonymous:a person briefed on the decision");
  // "..., a source told the Kyiv Post": "Post" is a name, not the verb of speech.
  events = code({std::string(kAttack) +
                 " ,/PUNCT/6/punct a/DET/6/det source/NOUN/2/parataxis told|tell/VERB/6/acl:relcl the/DET/10/det "
                 "Kyiv/PROPN/10/compound Post/PROPN/7/iobj ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "outlet:the Kyiv Post > anonymous:a source");
}

TEST(Attribution, AccordingToWhereverTheParseHungIt) {
  // "..., according to people familiar with the talks." hung from the final full stop.
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/12/punct according/VERB/7/case to/ADP/5/fixed people/NOUN/12/nsubj familiar/ADJ/7/amod "
                      "with/ADP/11/case the/DET/11/det talks|talk/NOUN/8/obl ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "anonymous:people familiar with the talks");
}

TEST(Attribution, ABodyThatIsNotMediaIsNoOutlet) {
  // "..., South Korea's spy agency said": "agency" names an outlet only for media.
  auto events = code({std::string(kAttack) +
                      " ,/PUNCT/10/punct South/PROPN/6/compound Korea/PROPN/9/nmod:poss 's/PART/6/case spy/NOUN/9/compound "
                      "agency/NOUN/10/nsubj said|say/VERB/2/parataxis ./PUNCT/2/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "official:South Korea 's spy agency");
}

TEST(Confirmation, ALaterDenialByTheActorUpdatesTheEvent) {
  auto events = code({std::string(kAttack) + " ./PUNCT/2/punct", "Moscow/PROPN/2/nsubj denied|deny/VERB/0/root the/DET/4/det "
                                                                  "report/NOUN/2/obj ./PUNCT/2/punct"});
  const coding::Event* e = find(events, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->confirmation, "denied");
  EXPECT_NE(e->confirmation_reason.find("Moscow"), std::string::npos);
  for (const auto& x : events) EXPECT_EQ(x.sentence, x.evidence.verb == "attacked" ? 0 : 1) << "no new attack event";
}

TEST(Confirmation, AnActWrittenInsideADenialIsNegatedAndDenied) {
  auto events = code({"Tehran/PROPN/2/nsubj denied|deny/VERB/0/root supplying|supply/VERB/2/xcomp drones|drone/NOUN/3/obj "
                      "to/ADP/6/case Russia/PROPN/3/obl ./PUNCT/2/punct"});
  const coding::Event* e = find(events, "supplying");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "negated");
  EXPECT_EQ(e->confirmation, "denied");
  EXPECT_EQ(chain(*e), "self:Tehran") << "the one who denies is the source of the denied act";
}

TEST(Confirmation, ADenialInASentenceThePreFilterSkippedStillCounts) {
  // "The group denied ..." names no actor, so it is never parsed for events; the story pass must still find it
  // ("denied" must look like the cue "deny").
  auto out = code_text("Hezbollah fired a rocket at Israel on Saturday. The group denied any involvement in the strike.",
                       "2024-07-28");
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].cameo.substr(0, 2), "19");
  EXPECT_EQ(out[0].confirmation, "denied");
}

TEST(Confirmation, ConfirmedByAnotherParty) {
  EXPECT_EQ(attack_confirmation_after(
          "Kyiv/PROPN/2/nsubj confirmed|confirm/VERB/0/root the/DET/4/det attack/NOUN/2/obj ./PUNCT/2/punct"),
            "confirmed");
}

TEST(Confirmation, DidNotCommentLeavesItUnconfirmed) {
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/4/nsubj did|do/AUX/4/aux not/PART/4/advmod comment/VERB/0/root ./PUNCT/4/punct"),
            "unconfirmed");
}

TEST(Confirmation, UnrelatedStatementChangesNothing) {
  EXPECT_EQ(attack_confirmation_after(
          "Chile/PROPN/2/nsubj denied|deny/VERB/0/root the/DET/4/det rumours|rumour/NOUN/2/obj ./PUNCT/2/punct"),
            "reported");
}

TEST(Confirmation, RejectingADemandDeniesNothing) {
  // "Moscow rejected the demand" is a stand on a proposal (a 12x act of its own), not a word on whether the attack
  // reported before happened; "rejected the report" still is.
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/2/nsubj rejected|reject/VERB/0/root the/DET/4/det demand/NOUN/2/obj ./PUNCT/2/punct"),
            "reported");
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/2/nsubj rejected|reject/VERB/0/root the/DET/4/det report/NOUN/2/obj ./PUNCT/2/punct"),
            "denied");
}

TEST(Confirmation, DismissingOrRejectingDeniesOnlyAReport) {
  // "dismissed the committee", "rejected the treaty": a firing or a stand, not a word on the attack.
  for (const char* spec : {"Moscow/PROPN/2/nsubj dismissed|dismiss/VERB/0/root the/DET/4/det committee/NOUN/2/obj ./PUNCT/2/punct",
                           "Moscow/PROPN/2/nsubj rejected|reject/VERB/0/root the/DET/4/det treaty/NOUN/2/obj ./PUNCT/2/punct"}) {
    EXPECT_EQ(attack_confirmation_after(spec), "reported") << spec;
  }
  // "dismissed the claims as baseless", "the report is false": a denial.
  for (const char* spec : {"Moscow/PROPN/2/nsubj dismissed|dismiss/VERB/0/root the/DET/4/det claims|claim/NOUN/2/obj "
                           "as/ADP/6/case baseless/ADJ/2/obl ./PUNCT/2/punct",
                           "The/DET/2/det report/NOUN/4/nsubj is|be/AUX/4/cop false/ADJ/0/root ./PUNCT/4/punct"}) {
    EXPECT_EQ(attack_confirmation_after(spec), "denied") << spec;
  }
}

TEST(Confirmation, ADenialOfAReportThatNamesAnotherActLeavesTheEventReported) {
  // "Moscow denied the rape allegation": Russia is the attacker, but the report denied names another act; a bare
  // "the allegation" may be the attack.
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/2/nsubj denied|deny/VERB/0/root the/DET/5/det rape/NOUN/5/compound "
          "allegation/NOUN/2/obj ./PUNCT/2/punct"),
            "reported");
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/2/nsubj denied|deny/VERB/0/root the/DET/4/det allegation/NOUN/2/obj ./PUNCT/2/punct"),
            "denied");
}

TEST(Confirmation, DenyingTheChargesDeniesOnlyAnActOfTheDeniersOwn) {
  // One who denies the charges denies having done something: Moscow can deny Russia's attack, Kyiv cannot.
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/2/nsubj denied|deny/VERB/0/root the/DET/4/det charges|charge/NOUN/2/obj ./PUNCT/2/punct"),
            "denied");
  EXPECT_EQ(attack_confirmation_after(
          "Kyiv/PROPN/2/nsubj denied|deny/VERB/0/root the/DET/4/det charges|charge/NOUN/2/obj ./PUNCT/2/punct"),
            "reported");
}

TEST(Confirmation, DoersNamedAgainByTheSameNounDenyTheirOwnAct) {
  // "The soldiers" are the soldiers of the attack, though the second sentence says not whose they are.
  auto events = code({"British/ADJ/2/amod soldiers|soldier/NOUN/3/nsubj attacked|attack/VERB/0/root Iraq/PROPN/3/obj ./PUNCT/3/punct",
                      "The/DET/2/det soldiers|soldier/NOUN/3/nsubj denied|deny/VERB/0/root the/DET/5/det "
                      "allegations|allegation/NOUN/3/obj ./PUNCT/3/punct"});
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(find(events, "attacked")->source.code, "GBRMIL");
  EXPECT_EQ(find(events, "attacked")->confirmation, "denied");
}

TEST(Confirmation, ASuspectDenyingTheAllegationsLeavesTheProbeReported) {
  // The suspect denies what he is accused of, not that prosecutors opened a case against him.
  auto out = code_text("Russian prosecutors have opened a corruption probe against General Ivan Petrov. "
                       "Petrov, a former army chief, refuted the allegations against him.",
                       "2024-03-05");
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out[0].cameo.substr(0, 2), "09");
  EXPECT_EQ(out[0].confirmation, "reported");
}

TEST(Confirmation, BeingDeniedSomethingIsARefusalNotADenial) {
  // "Moscow was denied a hearing", "Kyiv denied Moscow access": a refusal to give, not a word on the attack.
  for (const char* spec : {"Moscow/PROPN/4/nsubj:pass was|be/AUX/4/aux:pass later/ADV/4/advmod denied|deny/VERB/0/root "
                           "a/DET/6/det hearing/NOUN/4/obj ./PUNCT/4/punct",
                           "Kyiv/PROPN/2/nsubj denied|deny/VERB/0/root Moscow/PROPN/2/iobj access/NOUN/2/obj ./PUNCT/2/punct"}) {
    EXPECT_EQ(attack_confirmation_after(spec), "reported") << spec;
  }
}

TEST(Confirmation, ADenialThatNamesSomethingElseLeavesTheEventReported) {
  // Russia is the attacker, but "any link to the smugglers" is not the attack; "the report" may be.
  EXPECT_EQ(attack_confirmation_after(
          "Moscow/PROPN/2/nsubj denied|deny/VERB/0/root any/DET/4/det link/NOUN/2/obj to/ADP/7/case "
          "the/DET/7/det smugglers|smuggler/NOUN/4/nmod ./PUNCT/2/punct"),
            "reported");
}

TEST(Confirmation, ALocativeLieDeniesNothing) {
  EXPECT_EQ(attack_confirmation_after(
          "Kaliningrad/PROPN/2/nsubj lies|lie/VERB/0/root to/ADP/5/case the/DET/5/det south/NOUN/2/obl ./PUNCT/2/punct"),
            "reported");
}

TEST(Quotes, AnActInsideAQuoteStandsOnTheSpeakersWord) {
  std::vector<Quote> quotes;
  auto events = code({"\"/PUNCT/3/punct Russia/PROPN/3/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/3/obj ./PUNCT/3/punct",
                      "We/PRON/2/nsubj won|win/VERB/6/ccomp \"/PUNCT/2/punct ,/PUNCT/6/punct Putin/PROPN/6/nsubj "
                      "said|say/VERB/0/root ./PUNCT/6/punct"},
                     "", &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].sentence, 1);
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "self:Putin");
}

TEST(Quotes, ASpeakerAfterTheQuote) {
  std::vector<Quote> quotes;
  code({"\"/PUNCT/3/punct We/PRON/3/nsubj attacked|attack/VERB/7/ccomp \"/PUNCT/3/punct ,/PUNCT/7/punct Putin/PROPN/7/nsubj "
        "said|say/VERB/0/root ./PUNCT/7/punct"},
       "", &quotes);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We attacked");
  ASSERT_TRUE(quotes[0].speaker.has_value());
  EXPECT_EQ(quotes[0].speaker->name, "Putin");
}

// A caller that reads no quotes: a story without events is passed over (no quotes found), one with events gets the
// same attribution as before.
TEST(Quotes, NotWantedAStoryWithoutEventsIsPassedOver) {
  // ("They" stands for no one named before it; a quoted "We" would be the speaker's, and the story would have events.)
  const std::vector<std::string> story = {
      "\"/PUNCT/3/punct They/PRON/3/nsubj attacked|attack/VERB/7/ccomp \"/PUNCT/3/punct ,/PUNCT/7/punct Putin/PROPN/7/nsubj "
      "said|say/VERB/0/root ./PUNCT/7/punct"};
  std::vector<Quote> quotes;
  EXPECT_TRUE(code(story, "", &quotes, false).empty());
  EXPECT_TRUE(quotes.empty());
  code(story, "", &quotes, true);
  EXPECT_EQ(quotes.size(), 1u);
}

TEST(Quotes, NotWantedEventsKeepTheirAttribution) {
  auto events = code({"\"/PUNCT/3/punct Russia/PROPN/3/nsubj attacked|attack/VERB/0/root Ukraine/PROPN/3/obj ./PUNCT/3/punct",
                      "We/PRON/2/nsubj won|win/VERB/6/ccomp \"/PUNCT/2/punct ,/PUNCT/6/punct Putin/PROPN/6/nsubj "
                      "said|say/VERB/0/root ./PUNCT/6/punct"},
                     "", nullptr, false);
  ASSERT_NE(find(events, "attacked"), nullptr);
  EXPECT_EQ(chain(*find(events, "attacked")), "self:Putin");
}

}  // namespace
}  // namespace vigil::events
