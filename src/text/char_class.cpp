#include "text/char_class.h"

#include <unicode/uchar.h>

namespace vigil {

namespace {

CharClass classify_slow(char32_t c) {
  switch (c) {
    case 0x2019: case 0x02BC: return CharClass::apostrophe;
    case 0x2010: case 0x2011: return CharClass::hyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: return CharClass::dash;
    case 0x2026: return CharClass::ellipsis;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x2018: case 0x201A: case 0x201B: case 0x300C: case 0x300D:
      return CharClass::quote;
    case 0x00A0: case 0x2007: case 0x202F: case 0x200B: case 0xFEFF: return CharClass::space;
    case 0xFF0C: return CharClass::comma;
    case 0x3002: return CharClass::period;
    default: break;
  }
  UChar32 u = static_cast<UChar32>(c);
  if (u_isUWhiteSpace(u)) return CharClass::space;
  if (u_isdigit(u)) return CharClass::digit;
  if (u_isalpha(u)) return CharClass::letter;
  int8_t type = u_charType(u);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK) return CharClass::letter;
  if (type == U_START_PUNCTUATION) return CharClass::open_bracket;
  if (type == U_END_PUNCTUATION) return CharClass::close_bracket;
  if (type == U_DASH_PUNCTUATION) return CharClass::dash;
  if (type == U_INITIAL_PUNCTUATION || type == U_FINAL_PUNCTUATION) return CharClass::quote;
  if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR) return CharClass::space;
  return CharClass::other;
}

struct AsciiTable {
  CharClass cls[128];
  AsciiTable() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = CharClass::other;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharClass::letter;
      else if (c >= '0' && c <= '9') k = CharClass::digit;
      else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c < 32 || c == 127) k = CharClass::space;
      else if (c == '\'') k = CharClass::apostrophe;
      else if (c == '-') k = CharClass::hyphen;
      else if (c == '.') k = CharClass::period;
      else if (c == ',') k = CharClass::comma;
      else if (c == ':') k = CharClass::colon;
      else if (c == ';') k = CharClass::semicolon;
      else if (c == '!' || c == '?') k = CharClass::exclaim;
      else if (c == '"' || c == '`') k = CharClass::quote;
      else if (c == '(' || c == '[' || c == '{') k = CharClass::open_bracket;
      else if (c == ')' || c == ']' || c == '}') k = CharClass::close_bracket;
      else if (c == '/') k = CharClass::slash;
      cls[c] = k;
    }
  }
};

const AsciiTable kAscii;

}  // namespace

CharClass classify(char32_t c) {
  if (c < 128) return kAscii.cls[c];
  return classify_slow(c);
}

}  // namespace vigil
