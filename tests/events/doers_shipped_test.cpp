// Who did an act that vigil recognises, when the clause names its doer only indirectly: through the speaker of a
// quotation, a clause it shares a subject with, or a person the story named before. End to end with the shipped model
// and dictionaries, on sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "coded_event_checks.h"
#include "shipped_pipeline.h"

namespace vigil::events {
namespace {

using test::has;
using test::has_from;
using test::has_pair;
using test::has_code;

std::vector<std::string> coded(const std::string& text) { return test::coded_events(text, "2006-03-14"); }

// "\"We congratulate ...,\" she said": the parse often hangs the verb of saying below the quoted clause; its subject
// still reports the quotation, and the first person inside it is the speaker's side.
TEST(Doers, TheFirstPersonOfAQuoteIsTheSpeakerOfASayingHungBelowIt) {
  auto below = coded("\"We strongly condemn the government of Chile for its decision,\" Condoleezza Rice said.");
  EXPECT_TRUE(has(below, "USAGOV>CHLGOV:111")) << ::testing::PrintToString(below);
  // Or a conjunct of it, with nothing else to say than who spoke and where.
  auto conjunct = coded("\"In order to reach a lasting settlement, we strongly condemn the government of Chile for its "
                        "decision,\" Condoleezza Rice said during a visit to Brazil.");
  EXPECT_TRUE(has(conjunct, "USAGOV>CHLGOV:111")) << ::testing::PrintToString(conjunct);
}

// A quotation begun in an earlier sentence goes on in the next one until its closing mark: "We regret ...,"
// Condoleezza Rice said.
TEST(Doers, AQuotationBegunInAnEarlierSentenceStillHasItsSpeaker) {
  auto story = coded("\"This was a difficult week for the region. We strongly condemn the government of Chile for its "
                     "decision,\" Condoleezza Rice said.");
  EXPECT_TRUE(has(story, "USAGOV>CHLGOV:111")) << ::testing::PrintToString(story);
  // Outside the quotation marks "we" is not the speaker's own word.
  auto plain = coded("Condoleezza Rice said on Monday that we strongly condemn the government of Chile.");
  EXPECT_FALSE(has(plain, "USAGOV>CHLGOV:111")) << ::testing::PrintToString(plain);
}

// A sentence discarded as ceremony or show ("red carpet") codes nothing, but the people it names are the story's:
// a later surname is still theirs.
TEST(Doers, PeopleNamedInADiscardedSentenceAreTheStorys) {
  auto story = coded("Chilean President Marta Olmedo rolled out the red carpet for visiting leaders on Monday. Olmedo "
                     "praised the government of Peru.");
  EXPECT_TRUE(has(story, "CHLGOV>PERGOV:051")) << ::testing::PrintToString(story);
}

// "the two sides", "both countries" stand for the two countries named together before: in the same sentence, or
// in the story's last sentence that named two. Sides are the actors as named, countries the states.
TEST(Doers, TheTwoSidesAreTheTwoCountriesNamedTogetherBefore) {
  auto sides = coded("Chilean Foreign Minister Alejandro Foxley met Bolivian President Evo Morales in La Paz on "
                     "Monday. The two sides agreed to expand economic cooperation.");
  EXPECT_TRUE(has(sides, "CHLGOV>BOLGOV:030")) << ::testing::PrintToString(sides);
  EXPECT_TRUE(has(sides, "BOLGOV>CHLGOV:030")) << ::testing::PrintToString(sides);
  auto countries = coded("Chile and Peru signed a fishing accord, and both countries pledged to expand trade ties.");
  EXPECT_TRUE(has(countries, "CHL>PER:030")) << ::testing::PrintToString(countries);
  // A third country named since leaves no pair to stand for.
  auto three = coded("Chile and Peru signed a fishing accord. Ecuador, Chile and Colombia met in Lima. The two "
                     "sides agreed to expand economic cooperation.");
  EXPECT_FALSE(has(three, "CHL>PER:030")) << ::testing::PrintToString(three);
  // The city where they met is no third side.
  auto city = test::coded_with_places("Chinese President Hu Jintao met Japanese Prime Minister Shinzo Abe in Hanoi on "
                                      "Saturday. The two sides agreed to expand economic cooperation.",
                                      "2006-11-18");
  EXPECT_TRUE(has(city, "CHNGOV>JPNGOV:030")) << ::testing::PrintToString(city);
}

// "The visiting Chilean Foreign Minister X on Tuesday criticised ...": the parse may make the guest the object of
// "visiting" and leave the verb without a subject; the guest is its doer.
TEST(Doers, TheGuestAfterAnOpeningVisitingIsTheDoer) {
  auto guest = coded("The visiting Chilean Foreign Minister Alejandro Foxley on Tuesday criticised the government of "
                     "Peru.");
  EXPECT_TRUE(has(guest, "CHLGOV>PERGOV:111")) << ::testing::PrintToString(guest);
}

// "Chilean Ambassador to Peru Marta Olmedo": a title may name the post's place before the person's name; the name
// is still the person's, for a later surname.
TEST(Doers, ATitleWithItsPostsPlaceStillNamesThePerson) {
  auto story = coded("Chilean Ambassador to Peru Marta Olmedo arrived in Lima on Monday. Olmedo praised the government "
                     "of Peru.");
  EXPECT_TRUE(has(story, "CHLGOV>PERGOV:051")) << ::testing::PrintToString(story);
}

// "released Japanese war prisoners jailed in China": a past form hung on the verb's object, with no object of its
// own, is a reduced passive whose noun is the one acted on, never its doer. Captured soldiers are the military's.
TEST(Doers, APastFormDescribingAnObjectIsAReducedPassive) {
  auto jailed = coded("The Chinese government released Japanese war prisoners jailed in China.");
  EXPECT_TRUE(has(jailed, "CHNGOV>JPNMIL:0841")) << ::testing::PrintToString(jailed);
  for (const std::string& e : jailed) EXPECT_EQ(e.find("JPNMIL>"), std::string::npos) << e;
}

// The head of a senate or a house of representatives is the legislature's, not the government's.
TEST(Doers, ThePresidentOfTheSenateIsTheLegislatures) {
  auto visit = coded("Grenada President of the Senate Kenny Lalsingh paid an official goodwill visit to China.");
  EXPECT_TRUE(has(visit, "GRDLEG>CHN:042")) << ::testing::PrintToString(visit);
}

// "Expressing anger over the U.S. veto, Amr Moussa said": the opening -ing word is the speaker's act, whatever the
// tagger made of it.
TEST(Doers, AnOpeningExpressionOfAngerIsTheSpeakersCriticism) {
  auto anger = coded("Expressing anger and astonishment over the U.S. veto, Amr Moussa said in a statement that the "
                     "veto would fuel anger.");
  EXPECT_TRUE(has(anger, "IGOMEAARL>USA:111")) << ::testing::PrintToString(anger);
}

// "He said his country supported China": the country of the person "his" stands for does the act.
TEST(Doers, HisCountryIsTheCountryOfThePersonHeStandsFor) {
  auto his = coded("Australian Foreign Minister Alexander Downer met Chinese President Hu Jintao on Friday. He said his "
                   "country supported China to play a critical role.");
  EXPECT_TRUE(has(his, "AUSGOV>CHNGOV:040")) << ::testing::PrintToString(his);
  EXPECT_TRUE(has(his, "AUS>CHN:051")) << ::testing::PrintToString(his);
}

// '"...," said Stephen Malinga, Uganda's minister of health': a name vigil does not know, with its role beside it, is
// known by the role; the next sentence's "he" is that minister.
TEST(Doers, AnUnknownNameWithItsRoleBesideItIsKnownByTheRole) {
  auto role = coded("\"We can not afford to keep silent,\" said Stephen Malinga, Uganda's minister of health.\n\nHe "
                    "also hailed the Chinese government for financing the course.");
  EXPECT_TRUE(has(role, "UGAGOV>CHNGOV:051")) << ::testing::PrintToString(role);
}

// "Majzoub al-Khalifa, head of the Sudanese government's delegation, said ...": a name vigil does not know, with its
// office in a body set beside it, is a person of the body's code, whom a later surname and "he" name again.
TEST(Doers, AnUnknownNameWithItsOfficeInABodyIsAPersonOfThatBody) {
  auto story = coded("Majzoub al-Khalifa, head of the Sudanese government's delegation to the peace talks, said his "
                     "side was ready.\n\nKhalifa criticised the rebels of Darfur on Tuesday.\n\nHe also praised "
                     "the African Union.");
  EXPECT_TRUE(has_pair(story, "SDNGOV", "SDNREB", "11")) << ::testing::PrintToString(story);
  EXPECT_TRUE(has_pair(story, "SDNGOV", "IGOAFRAFU", "051")) << ::testing::PrintToString(story);
  // Without the office the name is no one vigil knows, and nor is the "he" after it.
  auto bare = coded("Majzoub al-Khalifa said his side was ready.\n\nKhalifa criticised the rebels of Darfur on "
                    "Tuesday.");
  EXPECT_FALSE(has_from(bare, "SDNGOV")) << ::testing::PrintToString(bare);
}

// "Jean Offutt, a US military spokeswoman, ..." is no later "he", nor is "a local Japanese woman".
TEST(Doers, AWomanIsNoLaterHe) {
  auto woman = coded("A US Navy petty officer has been taken into custody after a local Japanese woman charged he "
                     "raped and assaulted her.");
  EXPECT_TRUE(has_pair(woman, "USAMIL", "JPNCVL", "182")) << ::testing::PrintToString(woman);
  EXPECT_FALSE(has_from(woman, "JPNCVL", "18")) << ::testing::PrintToString(woman);
  auto spokeswoman = coded("Jean Offutt, a US military spokeswoman, confirmed the escape.\n\nOffutt said the prisoner "
                           "had fled.\n\nIn 1998, he attacked the Indonesian army.");
  EXPECT_FALSE(has_from(spokeswoman, "USAMIL", "19")) << ::testing::PrintToString(spokeswoman);
}

// A statement, report or resolution speaks for whoever issued it: the body that adopted or released it in an earlier
// sentence, or the author this sentence names.
TEST(Doers, ADocumentSpeaksForItsIssuer) {
  auto adopted = coded("The UN Security Council adopted a presidential statement on Thursday on the war in Uganda.\n\n"
                       "The statement condemned the attacks on civilians by the rebels of Sudan.");
  EXPECT_TRUE(has_from(adopted, "IGOUNO", "111")) << ::testing::PrintToString(adopted);
  auto said_in = coded("Human Rights Watch said in a report on Monday that the war had displaced thousands.\n\nThe "
                       "report criticised the government of Uganda.");
  EXPECT_TRUE(has_pair(said_in, "NGOHRW", "UGAGOV", "111")) << ::testing::PrintToString(said_in);
  auto attributed = coded("A letter attributed to Osama bin Laden accused the government of Saudi Arabia of treason.");
  EXPECT_TRUE(has_pair(attributed, "IMGMOSALQ", "SAUGOV", "112")) << ::testing::PrintToString(attributed);
  // A statement no one was said to issue is no one's.
  auto unknown = coded("Fighting went on in northern Uganda on Thursday.\n\nThe statement condemned the attacks on "
                       "civilians by the rebels of Sudan.");
  EXPECT_FALSE(has_code(unknown, "111")) << ::testing::PrintToString(unknown);
}

// "only two Arab countries, Egypt and Jordan, have signed": the apposition names them, not the last pair named.
TEST(Doers, TwoCountriesNamedInAppositionAreNoEarlierPair) {
  auto pair = coded("Tunisia and Morocco held talks on Monday.\n\nOnly two Arab countries, Egypt and Jordan, have "
                    "signed peace treaties with Israel.");
  EXPECT_FALSE(has_from(pair, "TUN", "057")) << ::testing::PrintToString(pair);
  EXPECT_TRUE(has_pair(pair, "EGY", "ISR", "057")) << ::testing::PrintToString(pair);
}

// "Coastguard officials at the main Greek port of Piraeus have arrested ...": officials, police or judges in or at a
// place of one country are its own; a party, an opposition or envoys met there are not.
TEST(Doers, OfficialsAtAPlaceOfOneCountryAreThatCountrys) {
  auto port = coded("Coastguard officials at the main Greek port of Piraeus have arrested the Bulgarian engineer of a "
                    "tanker.");
  EXPECT_TRUE(has_pair(port, "GRCGOV", "BGR", "173")) << ::testing::PrintToString(port);
  // The gazetteer knows the city.
  auto judges = test::coded_with_places("Judges at the state court in Surabaya sentenced Ahmad Arif Hermansyah on "
                                        "Tuesday.", "2006-12-12");
  EXPECT_TRUE(has_from(judges, "IDNJUD", "173")) << ::testing::PrintToString(judges);
  auto opposition = coded("The Venezuelan government suspended its talks with the opposition in Mexico City.");
  EXPECT_FALSE(has_pair(opposition, "VENGOV", "MEXOPP", "164")) << ::testing::PrintToString(opposition);
}

// A lead that names its doer by role, then a paragraph that names someone vigil does not know as its next subject:
// "Japan's consul general here called on China ... / Hideaki Ueda called on Beijing ...".
TEST(Doers, TheNameAfterALeadThatGaveOnlyTheRoleIsThatRoles) {
  auto lead = coded("Japan's consul general here called on China on Tuesday to be more open.\n\nHideaki Uemori called "
                    "on Beijing to issue defence papers.\n\nUemori also praised the government of South Korea.");
  EXPECT_TRUE(has_pair(lead, "JPNGOV", "CHN", "020")) << ::testing::PrintToString(lead);
  EXPECT_TRUE(has_from(lead, "JPNGOV", "051")) << ::testing::PrintToString(lead);
  // Not once the story has named another person first.
  auto other = coded("Japan's consul general here called on China on Tuesday to be more open.\n\nPresident Bill "
                     "Clinton arrived in Tokyo.\n\nHideaki Uemori called on Beijing to issue defence papers.");
  EXPECT_EQ(std::count(other.begin(), other.end(), "JPNGOV>CHN:020"), 1) << ::testing::PrintToString(other);
}

// "State Department spokesman Sean McCormack confirmed Prince Bandar met Secretary of State Condoleezza Rice": the
// reported meeting is Bandar's, whom the parse made the object of "confirmed".
TEST(Doers, TheSubjectOfAReportedClauseMadeTheObjectOfTheReportingVerbStillActs) {
  auto met = coded("State Department spokesman Sean McCormack reluctantly confirmed Prince Bandar met Secretary of State "
                   "Condoleezza Rice, when pressed by reporters.");
  EXPECT_TRUE(has(met, "SAUGOV>USAGOV:040")) << ::testing::PrintToString(met);
}

// A group of states or bodies that names its members ("like", "including", "such as") stands for them, as doers and
// as targets; a group of anything else does not ("issues like the EU budget").
TEST(ShippedDoers, AGroupNamingItsMembersStandsForThem) {
  auto like = coded("Radical states like Iran, Syria and Iraq condemned the pact.");
  EXPECT_TRUE(has(like, "IRN>-:111")) << ::testing::PrintToString(like);
  EXPECT_TRUE(has(like, "IRQ>-:111")) << ::testing::PrintToString(like);
  auto including =
      coded("Eight countries, including Canada and European nations such as Britain and Germany, opposed the move.");
  EXPECT_TRUE(has(including, "CAN>-:110")) << ::testing::PrintToString(including);
  EXPECT_TRUE(has(including, "DEU>-:110")) << ::testing::PrintToString(including);
  EXPECT_FALSE(has_from(including, "EUR", "110")) << ::testing::PrintToString(including);
  auto issues = coded("Merkel can help persuade Britain in striking a deal on issues like the EU budget.");
  EXPECT_FALSE(test::has_pair(issues, "DEUGOV", "IGOEUREEC", "19")) << ::testing::PrintToString(issues);
  // "Condemnation by" names the critic.
  auto by = coded("Turkey and Israel signed two pacts despite condemnation by Iran.");
  EXPECT_TRUE(has(by, "IRN>-:111")) << ::testing::PrintToString(by);
}

// A meeting noun read as a gerund with an object is the verb "meet" ("on course to meeting the target"), which
// codes no meeting of the countries that subject it.
TEST(ShippedDoers, MeetingATargetIsNoMeeting) {
  auto target = coded("Senegal and Ghana might be on course to meeting the income poverty target by 2010.");
  EXPECT_FALSE(has_code(target, "040")) << ::testing::PrintToString(target);
}

// A body named for its members is of their sector, and keeps its own country: the "Zimbabwe Congress of Trade
// Unions" is labour, not a legislature.
TEST(ShippedDoers, ABodyNamedForItsMembersIsOfTheirSector) {
  auto unions = coded("The Zimbabwe Congress of Trade Unions criticized the government.");
  EXPECT_TRUE(has(unions, "ZWELAB>ZWEGOV:111")) << ::testing::PrintToString(unions);
  auto congress = coded("The Zimbabwe Congress criticized the government.");
  EXPECT_TRUE(has(congress, "ZWELEG>ZWEGOV:111")) << ::testing::PrintToString(congress);
}

// A person a sentence that codes nothing names first, with a title, is the one a later surname alone names.
TEST(ShippedDoers, ASurnameNamesThePersonASentenceWithNoEventIntroduced) {
  auto refuted = coded("Russian General Vladimir Semionov built a villa near Moscow. Semionov refuted the allegations.");
  EXPECT_TRUE(has(refuted, "RUSMIL>-:016")) << ::testing::PrintToString(refuted);
}

}  // namespace
}  // namespace vigil::events
