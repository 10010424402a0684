// Sentences, surface tokens and syntactic words: what the text stage produces and later stages annotate.
//
// A surface token is a stretch of text between spaces or punctuation ("don't", "Canada"). Following Universal
// Dependencies, one surface token may hold several syntactic words ("don't" -> "do" + "n't"): a multiword token.
// The tagger and parser work on words; offsets always point into Document::text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace vigil {

struct Word {
  std::string form;
  Span span;  // bytes of the document this word covers (the whole surface token for a multiword part that is
              // not a plain substring of it)
  // Annotations, filled by the parse stage or read from CoNLL-U ("_" columns stay empty).
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  int head = -1;  // 0 = root, otherwise the 1-based index of the head word; -1 = not parsed
  std::string deprel;
  std::string deps;
  std::string misc;  // MISC column as read, minus SpaceAfter/TokenRange which vigil computes itself
  bool space_after = true;  // for a word inside a multiword token: meaningful on the token only
};

// A multiword token covers words [first, last] (1-based, inclusive).
struct MultiwordToken {
  int first = 0;
  int last = 0;
  std::string form;
  Span span;
  bool space_after = true;
  std::string misc;
};

// An empty node of enhanced UD ("8.1"), kept verbatim so a CoNLL-U round trip loses nothing.
struct EmptyNode {
  int after = 0;    // the word it follows (0 = before the first word)
  std::string line;  // the full CoNLL-U line
};

struct Sentence {
  Span span;
  std::vector<Word> words;
  std::vector<MultiwordToken> multiword_tokens;  // sorted by first
  std::vector<EmptyNode> empty_nodes;
  std::vector<std::string> comments;  // CoNLL-U comment lines without the leading "# "
  std::string text;  // the sentence text (from "# text =", or the document bytes it covers)

  // The multiword token that starts at word `index` (1-based), or nullptr.
  const MultiwordToken* multiword_starting_at(int index) const;
};

}  // namespace vigil
