// vigil_gen_gazetteer: writes vigil's gazetteer (one place name a line, tab-separated) from data packages.
//
//   vigil_gen_gazetteer --countries build/dicts/actors/countries.txt
//                       --supplement dicts/sources/places-supplement.txt --out build/dicts/places/gazetteer.tsv
//                       [--geonames-version V]
//
// Sources:
//   1. Debian's libgeonames0 (GeoNames cities with population over 15,000, compiled into the library; read through
//      its API): city name, first-level region name, country, coordinates, population. GeoNames data is CC-BY 4.0.
//   2. vigil's generated countries dictionary (from Debian iso-codes and WordNet): country names and aliases,
//      adjectives ("Ukrainian" -> UKR) and capitals, with the ISO 3166-1 alpha-2 -> alpha-3 table in its comments.
//   3. the hand-written supplement (dicts/sources/places-supplement.txt): news spellings ("Kyiv", "Odesa"),
//      named areas, seas and straits the packages lack.
// First-level regions are the distinct region names of the GeoNames cities, placed at the mean of their cities.
//
// Output columns: kind (city, region, country, area, water, adj, capital), name, country (alpha-3 or "-"), admin1
// (or "-"), lat, lon ("-" when unknown), population, canonical name (the name an alias stands for, or "-").
#include <geonames.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Row {
  std::string kind, name, country, admin1;
  double lat = NAN, lon = NAN;
  long long population = 0;
  std::string canonical = "-";
};

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

// countries.txt splits phrases like the tokenizer ("Guinea - Bissau"); the gazetteer keeps the written form.
std::string unsplit(std::string s) {
  for (const char* from : {" - ", " 's", " ' "}) {
    std::string to = std::string(from) == " - " ? "-" : (std::string(from) == " 's" ? "'s" : "'");
    size_t k;
    while ((k = s.find(from)) != std::string::npos) s.replace(k, std::string(from).size(), to);
  }
  return s;
}

std::string fmt_coord(double v) {
  if (std::isnan(v)) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

[[noreturn]] void fail(const std::string& file, int line, const std::string& what) {
  throw std::runtime_error(file + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

int main(int argc, char** argv) {
  std::string countries_path, supplement_path, out_path, geonames_version = "unknown";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--countries") countries_path = argv[i + 1];
    else if (a == "--supplement") supplement_path = argv[i + 1];
    else if (a == "--out") out_path = argv[i + 1];
    else if (a == "--geonames-version") geonames_version = argv[i + 1];
    else {
      std::cerr << "vigil_gen_gazetteer: unknown option " << a << "\n";
      return 2;
    }
  }
  if (countries_path.empty() || supplement_path.empty() || out_path.empty()) {
    std::cerr << "usage: vigil_gen_gazetteer --countries FILE --supplement FILE --out FILE [--geonames-version V]\n";
    return 2;
  }
  try {
    std::vector<Row> rows;
    std::map<std::string, std::string> alpha2_to_3;
    {
      std::ifstream in(countries_path);
      if (!in) throw std::runtime_error(countries_path + ": cannot open");
      std::string line, current, code;
      int n = 0;
      bool states = false;
      while (std::getline(in, line)) {
        ++n;
        if (line.rfind("# =====", 0) == 0) {
          states = line.find("States and territories") != std::string::npos;
          continue;
        }
        if (!states || line.empty() || line[0] == '#') continue;
        std::string body = line.substr(0, line.find("  #"));
        std::string comment = line.find("# ISO 3166-1 ") != std::string::npos
                                  ? line.substr(line.find("# ISO 3166-1 ") + 13)
                                  : "";
        body = trim(body);
        if (body.rfind("country ", 0) == 0) {
          size_t eq = body.rfind(" = ");
          if (eq == std::string::npos) fail(countries_path, n, "country line without '= CODE'");
          current = unsplit(trim(body.substr(8, eq - 8)));
          code = trim(body.substr(eq + 3));
          std::istringstream c(comment);
          std::string a3, a2;
          if (c >> a3 >> a2) alpha2_to_3[a2] = a3;
          rows.push_back(Row{"country", current, code, "-"});
        } else if (!current.empty()) {
          size_t sp = body.find(' ');
          if (sp == std::string::npos) continue;
          std::string kind = body.substr(0, sp), phrase = unsplit(trim(body.substr(sp + 1)));
          if (kind == "alias") {
            Row r{"country", phrase, code, "-"};
            r.canonical = current;
            rows.push_back(r);
          } else if (kind == "adj") {
            rows.push_back(Row{"adj", phrase, code, "-"});
          } else if (kind == "capital") {
            rows.push_back(Row{"capital", phrase, code, "-"});
          }
        }
      }
    }
    // Cities and their regions.
    struct RegionAcc {
      double lat = 0, lon = 0;
      long long population = 0;
      int n = 0;
    };
    std::map<std::pair<std::string, std::string>, RegionAcc> regions;
    int n = geonames_get_n_cities();
    for (int i = 0; i < n; ++i) {
      GeonamesCity* c = geonames_get_city(i);
      if (!c) continue;
      std::string name = geonames_city_get_name(c) ? geonames_city_get_name(c) : "";
      std::string state = geonames_city_get_state(c) ? geonames_city_get_state(c) : "";
      std::string a2 = geonames_city_get_country_code(c) ? geonames_city_get_country_code(c) : "";
      Row r;
      r.kind = "city";
      r.name = name;
      auto it = alpha2_to_3.find(a2);
      r.country = it == alpha2_to_3.end() ? "-" : it->second;
      r.admin1 = state.empty() ? "-" : state;
      r.lat = geonames_city_get_latitude(c);
      r.lon = geonames_city_get_longitude(c);
      r.population = geonames_city_get_population(c);
      geonames_city_free(c);
      if (r.name.empty() || r.country == "-") continue;
      if (!state.empty()) {
        RegionAcc& acc = regions[{r.country, state}];
        acc.lat += r.lat, acc.lon += r.lon, acc.population += r.population, ++acc.n;
      }
      rows.push_back(std::move(r));
    }
    for (const auto& [key, acc] : regions) {
      Row r{"region", key.second, key.first, key.second};
      r.lat = acc.lat / acc.n, r.lon = acc.lon / acc.n, r.population = acc.population;
      rows.push_back(r);
    }
    // The supplement: same columns as the output.
    {
      std::ifstream in(supplement_path);
      if (!in) throw std::runtime_error(supplement_path + ": cannot open");
      std::string line;
      int ln = 0;
      while (std::getline(in, line)) {
        ++ln;
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) f.push_back(trim(col));
        if (f.size() != 8) fail(supplement_path, ln, "expected 8 tab-separated columns, found " + std::to_string(f.size()));
        static const std::vector<std::string> kinds = {"city", "region", "country", "area", "water", "adj", "capital"};
        bool ok = false;
        for (const auto& k : kinds) ok |= k == f[0];
        if (!ok) fail(supplement_path, ln, "unknown kind '" + f[0] + "'");
        Row r{f[0], f[1], f[2], f[3]};
        try {
          r.lat = f[4] == "-" ? NAN : std::stod(f[4]);
          r.lon = f[5] == "-" ? NAN : std::stod(f[5]);
          r.population = f[6] == "-" ? 0 : std::stoll(f[6]);
        } catch (const std::exception&) {
          fail(supplement_path, ln, "bad number in lat, lon or population");
        }
        r.canonical = f[7];
        rows.push_back(r);
      }
    }
    std::ofstream out(out_path);
    if (!out) throw std::runtime_error(out_path + ": cannot write");
    out << "# gazetteer.tsv: place names for vigil's event places.\n"
        << "# GENERATED at build time by vigil_gen_gazetteer (tools/gen_gazetteer.cpp). Do not edit: edit the sources.\n"
        << "# Sources: GeoNames cities (population > 15,000) from Debian libgeonames0 " << geonames_version
        << " (GeoNames, CC-BY 4.0, https://www.geonames.org);\n"
        << "#   countries, adjectives and capitals from vigil's generated countries.txt (Debian iso-codes, WordNet 3.0);\n"
        << "#   dicts/sources/places-supplement.txt (hand-written for vigil).\n"
        << "# Columns: kind name country admin1 lat lon population canonical\n";
    for (const Row& r : rows)
      out << r.kind << '\t' << r.name << '\t' << r.country << '\t' << r.admin1 << '\t' << fmt_coord(r.lat) << '\t'
          << fmt_coord(r.lon) << '\t' << r.population << '\t' << r.canonical << '\n';
  } catch (const std::exception& e) {
    std::cerr << "vigil_gen_gazetteer: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
