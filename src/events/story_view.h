// One parsed sentence of a story as the modality pass sees it: its tree and its actor mentions.
#pragma once

#include <string>
#include <vector>

#include "coding/dependency_view.h"
#include "coding/mentions.h"
#include "events/modality.h"
#include "lexicon/lexicon.h"

namespace vigil::events {

struct ModalityPass::SentenceView {
  const Sentence* sentence = nullptr;
  const coding::DependencyView& tree;  // the story's (Story::tree), shared with the other passes
  std::vector<coding::Mention> mentions;

  // The mention headed by `head`, else one inside the words [lo, hi] (the first that is not an adjective), or null.
  const coding::Mention* mention_in(int head, int lo, int hi) const {
    for (const coding::Mention& m : mentions)
      if (m.head == head || (m.first <= head && head <= m.last && m.kind != coding::MentionKind::adjective)) return &m;
    for (const coding::Mention& m : mentions)
      if (m.first >= lo && m.last <= hi && m.kind != coding::MentionKind::adjective) return &m;
    for (const coding::Mention& m : mentions)
      if (m.first >= lo && m.last <= hi) return &m;
    return nullptr;
  }
};

// The words [lo, hi] of a sentence as written in the document, without punctuation at either end.
std::string np_text(const Document& doc, const coding::DependencyView& t, int lo, int hi);

}  // namespace vigil::events
