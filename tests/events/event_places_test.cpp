// Event places: recognition with a small fixture gazetteer, disambiguation by the sentence's cues, and the event's
// place taken from its own clause, apart from the places the sentence only mentions.
#include <gtest/gtest.h>

#include "../coding/tree_builder.h"
#include "events/event_places.h"

namespace vigil::events {
namespace {

const lexicon::Gazetteer& fixture() {
  static lexicon::Gazetteer g =
      lexicon::Gazetteer::load(std::string(VIGIL_TEST_DATA_DIR) + "/places/gazetteer-fixture.tsv");
  return g;
}

std::optional<coding::Place> place_of(const Sentence& s, int word, const std::string& actor_country = "",
                                      std::string* reason = nullptr) {
  PlaceContext ctx;
  auto mentions = find_place_mentions(s, fixture(), ctx);
  return place_for_word(s, mentions, word, fixture(), ctx, actor_country, reason);
}

TEST(EventPlaces, ABareCityNameIsTheCity) {
  Sentence s = test::tree(
      "Russian/ADJ/2/amod forces/NOUN/3/nsubj shelled|shell/VERB/0/root Kharkiv/PROPN/3/obj "
      "overnight/ADV/3/advmod ./PUNCT/3/punct");
  auto p = place_of(s, 3);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Kharkiv");
  EXPECT_EQ(p->country, "UKR");
  EXPECT_EQ(p->precision, "city");
  EXPECT_EQ(p->admin1, "Kharkiv");
  EXPECT_TRUE(p->has_coordinates);
}

// The name of the place of the event at `word` of a sentence given as a tree spec, or "" for none.
std::string place_name(const std::string& spec, int word) {
  auto p = place_of(test::tree(spec), word);
  return p ? p->name : "";
}

TEST(EventPlaces, AShortWordInCapitalsIsAnAcronymNotATown) {
  // The fixture's town "Kur" (like Un in Gujarat for "UN"): "KUR" in capitals is no place, "Kur" is.
  EXPECT_EQ(place_name("Russia/PROPN/2/nsubj attacked|attack/VERB/0/root in/ADP/4/case KUR/PROPN/2/obl ./PUNCT/2/punct", 2),
            "");
  EXPECT_EQ(place_name("Russia/PROPN/2/nsubj attacked|attack/VERB/0/root in/ADP/4/case Kur/PROPN/2/obl ./PUNCT/2/punct", 2),
            "Kur");
}

TEST(EventPlaces, APlaceBoundIntoALongerNameIsNoPlace) {
  // The bulk carrier "Paris Kharkiv" (a ship's name): neither word is where the act happened.
  EXPECT_EQ(place_name("A/DET/2/det missile/NOUN/3/nsubj hit|hit/VERB/0/root the/DET/5/det carrier/NOUN/3/obj "
                       "Paris/PROPN/5/appos Kharkiv/PROPN/6/flat ./PUNCT/3/punct",
                       3),
            "");
  // Apart, each is a place: "hit the carrier in Kharkiv".
  EXPECT_EQ(place_name("A/DET/2/det missile/NOUN/3/nsubj hit|hit/VERB/0/root the/DET/5/det carrier/NOUN/3/obj "
                       "in/ADP/7/case Kharkiv/PROPN/3/obl ./PUNCT/3/punct",
                       3),
            "Kharkiv");
}

TEST(EventPlaces, TheLastWordOfALongerNameIsNoPlace) {
  // "against the Soviet Union in Kur": the fixture's town "Union" is not what the name means; "Ukrainian Kharkiv"
  // still is Kharkiv.
  EXPECT_EQ(place_name("Finland/PROPN/2/nsubj fought|fight/VERB/0/root against/ADP/5/case the/DET/5/det "
                       "Soviet/PROPN/6/compound Union/PROPN/2/obl ./PUNCT/2/punct",
                       2),
            "");
  EXPECT_EQ(place_name("Russia/PROPN/2/nsubj attacked|attack/VERB/0/root Ukrainian/ADJ/4/amod Kharkiv/PROPN/2/obj "
                       "./PUNCT/2/punct",
                       2),
            "Kharkiv");
}

TEST(EventPlaces, ACapitalAsSubjectIsAMetonymNotAPlace) {
  Sentence s = test::tree(
      "Moscow/PROPN/2/nsubj called|call/VERB/0/root the/DET/4/det advisory/NOUN/2/obj a/DET/6/det "
      "provocation/NOUN/2/xcomp ./PUNCT/2/punct");
  std::string reason;
  EXPECT_FALSE(place_of(s, 2, "", &reason));
  EXPECT_NE(reason.find("metonym"), std::string::npos) << reason;
}

TEST(EventPlaces, AFollowingRegionOrCountryDisambiguates) {
  Sentence s = test::tree(
      "A/DET/2/det tornado/NOUN/3/nsubj damaged|damage/VERB/0/root homes/NOUN/3/obj in/ADP/6/case "
      "Paris/PROPN/3/obl ,/PUNCT/8/punct Texas/PROPN/6/appos ./PUNCT/3/punct");
  auto p = place_of(s, 3);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->country, "USA");
  EXPECT_EQ(p->admin1, "Texas");
  Sentence f = test::tree(
      "Police/NOUN/2/nsubj fired|fire/VERB/0/root gas/NOUN/2/obj in/ADP/5/case Paris/PROPN/2/obl ./PUNCT/2/punct");
  auto q = place_of(f, 2);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->country, "FRA");  // the most populous reading
}

TEST(EventPlaces, AnAdjectiveBeforeCityOfPicksTheCountry) {
  Sentence s = test::tree(
      "A/DET/2/det strike/NOUN/3/nsubj hit|hit/VERB/0/root a/DET/5/det car/NOUN/3/obj in/ADP/10/case "
      "the/DET/10/det northern/ADJ/10/amod Lebanese/ADJ/10/amod city/NOUN/3/obl of/ADP/12/case "
      "Tripoli/PROPN/10/nmod ./PUNCT/3/punct");
  auto p = place_of(s, 3);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Tripoli");
  EXPECT_EQ(p->country, "LBN");
}

TEST(EventPlaces, ABorderAreaIsARegionOnTheActorsSide) {
  Sentence s = test::tree(
      "Russia/PROPN/3/nsubj has/AUX/3/aux massed|mass/VERB/0/root troops/NOUN/3/obj near/ADP/8/case "
      "the/DET/8/det Ukrainian/ADJ/8/amod border/NOUN/3/obl ./PUNCT/3/punct");
  auto p = place_of(s, 3, "RUS");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->precision, "region");
  EXPECT_EQ(p->country, "RUS");
  EXPECT_NE(p->name.find("border"), std::string::npos);
}

TEST(EventPlaces, OutsideACityIsItsRegionAndOriginsAreNotThePlace) {
  Sentence s = test::tree(
      "Gunmen/NOUN/2/nsubj attacked|attack/VERB/0/root a/DET/4/det hall/NOUN/2/obj outside/ADP/6/case "
      "Moscow/PROPN/2/obl ./PUNCT/2/punct");
  auto p = place_of(s, 2);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Moscow");
  EXPECT_EQ(p->precision, "region");
  Sentence o = test::tree(
      "Troops/NOUN/2/nsubj crossed|cross/VERB/0/root from/ADP/4/case Russia/PROPN/2/obl into/ADP/7/case "
      "the/DET/7/det Kharkiv/PROPN/8/compound region/NOUN/2/obl ./PUNCT/2/punct");
  // Word indexes: Kharkiv is 7, region 8 (fixing the heads of the spec above).
  o.words[4].head = 8;
  o.words[5].head = 8;
  o.words[6].head = 8;
  o.words[6].deprel = "compound";
  o.words[7].head = 2;
  o.words[7].deprel = "obl";
  std::string reason;
  auto q = place_of(o, 2, "", &reason);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->name, "Kharkiv region");
  EXPECT_EQ(q->precision, "region");
  EXPECT_EQ(q->country, "UKR");
  EXPECT_NE(reason.find("origin"), std::string::npos) << reason;
}

TEST(EventPlaces, PlacesOfAnotherClauseAreNotTheEventsPlace) {
  Sentence s = test::tree(
      "Germany/PROPN/2/nsubj agreed|agree/VERB/0/root to/PART/4/mark send|send/VERB/2/xcomp tanks/NOUN/4/obj "
      "to/ADP/7/case Ukraine/PROPN/4/obl ./PUNCT/2/punct");
  EXPECT_FALSE(place_of(s, 2));
  auto p = place_of(s, 4);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->precision, "country");
  EXPECT_EQ(p->country, "UKR");
  EXPECT_EQ(p->admin1, "");
}

}  // namespace
}  // namespace vigil::events

namespace vigil::events {
namespace {

TEST(EventPlaces, ABorderNamedByTwoCountriesIsNeithersBorderArea) {
  // "near the Ukrainian border" is a border area of Ukraine; "on the Russian-Ukrainian border" is the line between
  // the two, in neither country.
  EXPECT_EQ(place_name("Troops|troop/NOUN/2/nsubj fought|fight/VERB/0/root near/ADP/6/case the/DET/6/det "
                       "Ukrainian/ADJ/6/amod border/NOUN/2/obl", 2),
            "Ukrainian border");
  EXPECT_EQ(place_name("Troops|troop/NOUN/2/nsubj fought|fight/VERB/0/root on/ADP/8/case the/DET/8/det "
                       "Russian/ADJ/8/amod -/PUNCT/7/punct Ukrainian/ADJ/8/amod border/NOUN/2/obl", 2),
            "");
}

}  // namespace
}  // namespace vigil::events
