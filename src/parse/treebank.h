// Penn Treebank bracketings ("(ROOT (S (NP (NNP Arnor)) (VP ...)))") converted to Universal Dependencies-style
// trees with head rules: content words head their phrases (the verb of an auxiliary chain, the noun of a
// prepositional phrase), and relations follow from where a phrase stands (subject before the verb phrase, object
// after the verb, and so on). Used to code the Treebank parses that PETRARCH's validation records carry.
#pragma once

#include <string_view>

#include "text/sentence.h"

namespace vigil::parse {

// Throws std::invalid_argument naming the position on unbalanced or empty bracketings.
Sentence treebank_to_dependencies(std::string_view bracketing);

}  // namespace vigil::parse
