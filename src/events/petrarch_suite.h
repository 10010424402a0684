// PETRARCH validation records (PETR.UnitTest.records.xml and the like): each sentence with its date, its expected
// event codings (or none), its text and a Treebank parse. vigil codes them and compares.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "coding/event_coder.h"

namespace vigil::events {

struct ExpectedCoding {
  std::string source, target, event;
  bool operator<(const ExpectedCoding& o) const {
    return std::tie(source, target, event) < std::tie(o.source, o.target, o.event);
  }
  bool operator==(const ExpectedCoding& o) const = default;
};

struct SuiteRecord {
  std::string id;
  std::string category;
  std::string date;  // YYYY-MM-DD
  std::string text;
  std::string parse;  // Penn Treebank bracketing, as given
  std::vector<ExpectedCoding> expected;  // empty with noevents
  bool no_events = false;
  // The run options in force for this record: a <Config option= value=> between records changes them for the
  // records after it (require_dyad, new_actor_length).
  coding::PetrarchOptions options;
};

struct Suite {
  std::vector<SuiteRecord> records;
  std::vector<std::string> dictionary_files;  // Verbfile, Actorfile, Agentfile, Discardfile named by <Environment>
};

// Reads a validation file; throws InputError naming the file on malformed XML.
Suite read_petrarch_suite(const std::string& path);

}  // namespace vigil::events
