// Whole-corpus front-end throughput: reads JSON Lines files (gzip or plain),
// then times FrontEnd::analyze over every story on one thread.
//
//   frontend_driver [--titles] [--untagged] [--limit N] [--dump OUT.tsv] FILE.jsonl[.gz] ...
//
// --untagged times split_sentences + tokenize alone over each story's whole
// text (the front end before tagging), for comparison.
// --limit N reads at most N stories per file. --dump writes, after the timed
// run, one line per token (story id, sentence, byte range, tag, lemma) so two
// builds can be compared with diff; the dump is not timed.
//
// Reading and JSON decoding happen before the clock starts; the figures cover
// sentence splitting, tokenising, tagging and lemmas only. Stories with empty
// text are counted (they measure per-story overhead). Peak RSS is the whole
// process (corpus held in memory included). On a shared machine wall time
// includes waiting for a core, so the rates are also given per CPU second of
// the analysing thread.
#include <simdjson.h>
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "dyad/frontend.h"

namespace {

struct Totals {
  size_t stories = 0, sentences = 0, tokens = 0, bytes = 0;
};

bool read_line(gzFile f, std::string* line) {
  line->clear();
  char buf[1 << 16];
  while (gzgets(f, buf, sizeof buf) != nullptr) {
    line->append(buf);
    if (line->back() == '\n') return true;
  }
  return !line->empty();
}

// Appends at most `limit` stories of one file; bad lines are reported and
// skipped.
bool read_stories(const char* path, size_t limit, std::vector<dyad::Story>* out) {
  gzFile f = gzopen(path, "rb");  // reads plain files too
  if (f == nullptr) {
    std::fprintf(stderr, "%s: cannot open\n", path);
    return false;
  }
  simdjson::ondemand::parser parser;
  std::string line;
  uint64_t number = 0;
  size_t taken = 0;
  while (taken < limit && read_line(f, &line)) {
    ++number;
    if (line.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    simdjson::padded_string json(line);
    simdjson::ondemand::document doc;
    dyad::Story s;
    std::string_view id, title, text;
    auto obj = parser.iterate(json).get(doc);
    if (obj || doc["id"].get_string().get(id) || doc["title"].get_string().get(title) ||
        doc["text"].get_string().get(text)) {
      std::fprintf(stderr, "%s:%llu: skipped (not a story object)\n", path, static_cast<unsigned long long>(number));
      continue;
    }
    s.id = std::string(id);
    s.title = std::string(title);
    s.text = std::string(text);
    s.origin = path;
    s.line = number;
    out->push_back(std::move(s));
    ++taken;
  }
  gzclose(f);
  return true;
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;  // kilobytes on Linux
}

// One line per token: story, sentence index, begin, end, tag, lemma.
bool dump_tags(const dyad::FrontEnd& fe, const std::vector<dyad::Story>& stories, bool titles, const char* path) {
  std::FILE* out = std::fopen(path, "w");
  if (out == nullptr) {
    std::fprintf(stderr, "%s: cannot write\n", path);
    return false;
  }
  for (const dyad::Story& s : stories) {
    dyad::AnalyzedStory a = fe.analyze(s, titles);
    for (const dyad::Sentence& sent : a.sentences) {
      for (const dyad::Token& t : sent.tokens) {
        std::fprintf(out, "%s\t%u\t%u\t%u\t%s\t%s\n", s.id.c_str(), sent.index, t.span.begin, t.span.end,
                     dyad::pos_name(t.pos), t.lemma.c_str());
      }
    }
  }
  return std::fclose(out) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool titles = false;
  bool untagged = false;
  size_t limit = SIZE_MAX;
  const char* dump = nullptr;
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--titles") == 0) {
      titles = true;
    } else if (std::strcmp(argv[i], "--untagged") == 0) {
      untagged = true;
    } else if (std::strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
      limit = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
      dump = argv[++i];
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: frontend_driver [--titles] [--untagged] [--limit N] [--dump OUT.tsv] FILE.jsonl[.gz] ...\n");
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto fe = dyad::FrontEnd::load();
  auto t1 = std::chrono::steady_clock::now();
  if (!fe.ok()) {
    std::fprintf(stderr, "%s\n", fe.status().to_string().c_str());
    return 1;
  }
  std::vector<dyad::Story> stories;
  for (const char* f : files) {
    if (!read_stories(f, limit, &stories)) return 1;
  }
  Totals n;
  auto start = std::chrono::steady_clock::now();
  double cpu_start = thread_cpu_seconds();
  for (const dyad::Story& s : stories) {
    if (untagged) {
      ++n.stories;
      n.bytes += s.text.size();
      for (dyad::Span sp : dyad::split_sentences(s.text, {0, static_cast<uint32_t>(s.text.size())})) {
        ++n.sentences;
        n.tokens += dyad::tokenize(s.text, sp).size();
      }
      continue;
    }
    dyad::AnalyzedStory a = (*fe)->analyze(s, titles);
    ++n.stories;
    n.sentences += a.sentences.size();
    for (const dyad::Sentence& sent : a.sentences) n.tokens += sent.tokens.size();
    n.bytes += s.text.size() + (titles ? s.title.size() : 0);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = thread_cpu_seconds() - cpu_start;
  std::printf("load_ms %.1f\nstories %zu\nsentences %zu\ntokens %zu\nseconds %.3f\n",
              std::chrono::duration<double, std::milli>(t1 - t0).count(), n.stories, n.sentences, n.tokens, secs);
  std::printf("sentences_per_s %.0f\ntokens_per_s %.0f\nMB_per_s %.2f\n", n.sentences / secs, n.tokens / secs,
              n.bytes / 1e6 / secs);
  std::printf("cpu_seconds %.3f\nsentences_per_cpu_s %.0f\ntokens_per_cpu_s %.0f\nMB_per_cpu_s %.2f\npeak_rss_mb %.1f\n", cpu,
              n.sentences / cpu, n.tokens / cpu, n.bytes / 1e6 / cpu, peak_rss_mb());
  if (dump != nullptr && !dump_tags(**fe, stories, titles, dump)) return 1;
  return 0;
}
