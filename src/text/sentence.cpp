#include "text/sentence.h"

namespace vigil {

const MultiwordToken* Sentence::multiword_starting_at(int index) const {
  for (const MultiwordToken& m : multiword_tokens)
    if (m.first == index) return &m;
  return nullptr;
}

}  // namespace vigil
