// Who speaks through a document: the issuer of a statement, report, resolution or letter, read where the text says
// it, so that the document as a subject ("The statement called for ...") codes as its issuer.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/event.h"

namespace vigil::coding {

struct Mention;  // coding/mentions.h, whose MentionFinder holds a DocumentIssuers

// Nouns of a text that speaks for its author: "a Security Council resolution calling on Syria to cooperate" is the
// council's appeal; "statement", "report", "letter", "communique", ...
bool is_document_noun(std::string_view lemma);

// Verbs by which a body makes a text its own ("adopted a resolution", "issued a statement", "a letter attributed to
// Litvinenko") or puts one forward ("Denmark filed a resolution denouncing ...").
bool is_issuing_verb(std::string_view lemma);

// The issuer this sentence names for the document noun at word `noun`, or null: "a report by Amnesty", "a statement
// issued by the ministry", "a letter attributed to Litvinenko", "the council adopted a statement", "the ministry said
// in a statement".
const Mention* document_issuer(const DependencyView& t, const std::vector<Mention>& found, int noun);

// The issuers of the documents of one story, by the document's noun.
class DocumentIssuers {
 public:
  void clear() { issued_.clear(); }
  // Remembers the issuers this sentence names (after its mentions are final).
  void note(const DependencyView& t, const std::vector<Mention>& found);
  // Adds a mention for each document that is a subject and has an issuer: named in this sentence, or, for a bare
  // "the statement", the last issuer of a document of that noun in the story.
  void add_doers(const DependencyView& t, const Document& doc, int sentence_index, std::vector<Mention>& found) const;

 private:
  struct Issued {
    std::string noun;  // "statement"
    ActorRef issuer;
    bool agent = false;  // the issuer was a role ("the ministry"), not a name
  };
  std::vector<Issued> issued_;
};

}  // namespace vigil::coding
