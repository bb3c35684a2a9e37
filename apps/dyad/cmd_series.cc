// dyad series: per period and direction, event counts, counts per quad class
// and Goldstein sum and mean; --plot draws them as a hand-written SVG.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "cli.h"
#include "dyad/store.h"
#include "filter_group.h"

namespace dyad::cli {
namespace {

struct SeriesCommand {
  StoreGroup store;
  FilterGroup filter;
  OutputGroup output;
  std::string by = "month";
  std::string plot;
  int run();
};

std::string fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

void write_table(std::ostream& out, const std::vector<SeriesPoint>& pts, const std::string& format) {
  if (format == "csv") {
    out << "period,direction,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\n";
  } else if (format == "table") {
    out << "period      direction       events  q1    q2    q3    q4    gold_sum  gold_mean\n";
  }
  for (const SeriesPoint& p : pts) {
    if (format == "csv") {
      out << '"' << p.period << "\",\"" << p.direction << "\"," << p.events << ',' << p.quad[0] << ',' << p.quad[1]
          << ',' << p.quad[2] << ',' << p.quad[3] << ',' << fixed(p.goldstein_sum, 2) << ','
          << fixed(p.goldstein_mean, 3) << "\n";
    } else if (format == "jsonl") {
      out << "{\"period\":\"" << p.period << "\",\"direction\":\"" << p.direction << "\",\"events\":" << p.events
          << ",\"quad\":[" << p.quad[0] << ',' << p.quad[1] << ',' << p.quad[2] << ',' << p.quad[3]
          << "],\"goldstein_sum\":" << fixed(p.goldstein_sum, 2) << ",\"goldstein_mean\":"
          << fixed(p.goldstein_mean, 3) << "}\n";
    } else {
      char line[160];
      std::snprintf(line, sizeof line, "%-11s %-15s %6lld  %-5lld %-5lld %-5lld %-5lld %9.1f  %8.2f\n",
                    p.period.c_str(), p.direction.c_str(), static_cast<long long>(p.events),
                    static_cast<long long>(p.quad[0]), static_cast<long long>(p.quad[1]),
                    static_cast<long long>(p.quad[2]), static_cast<long long>(p.quad[3]), p.goldstein_sum,
                    p.goldstein_mean);
      out << line;
    }
  }
}

// ------------------------------------------------------------------ SVG

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// A "nice" step for about `ticks` ticks over `span` (1, 2 or 5 times 10^k).
double nice_step(double span, int ticks) {
  if (span <= 0) return 1;
  double raw = span / ticks;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double r = raw / mag;
  return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
}

struct Panel {
  std::string title;
  double y0, height;   // in pixels
  double lo, hi;       // value range
};

constexpr double kWidth = 960, kLeft = 70, kRight = 200, kTop = 50;
constexpr const char* kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

void draw_panel(std::ostream& svg, const Panel& p, const std::vector<std::string>& labels,
                const std::vector<std::vector<double>>& lines, const std::vector<std::string>& names) {
  double plot_w = kWidth - kLeft - kRight;
  size_t n = labels.size();
  auto x = [&](size_t i) { return kLeft + (n <= 1 ? plot_w / 2 : plot_w * static_cast<double>(i) / (n - 1)); };
  auto y = [&](double v) { return p.y0 + p.height - (v - p.lo) / (p.hi - p.lo) * p.height; };
  svg << "<text x=\"" << kLeft << "\" y=\"" << p.y0 - 10 << "\" font-size=\"14\" font-weight=\"bold\">"
      << xml_escape(p.title) << "</text>\n";
  double step = nice_step(p.hi - p.lo, 5);
  for (double v = std::ceil(p.lo / step) * step; v <= p.hi + 1e-9; v += step) {
    svg << "<line x1=\"" << kLeft << "\" x2=\"" << kLeft + plot_w << "\" y1=\"" << y(v) << "\" y2=\"" << y(v)
        << "\" stroke=\"" << (std::fabs(v) < 1e-9 ? "#555" : "#ddd") << "\"/>\n";
    svg << "<text x=\"" << kLeft - 6 << "\" y=\"" << y(v) + 4 << "\" font-size=\"11\" text-anchor=\"end\">"
        << (step < 1 ? fixed(v, 1) : fixed(v, 0)) << "</text>\n";
  }
  svg << "<line x1=\"" << kLeft << "\" x2=\"" << kLeft << "\" y1=\"" << p.y0 << "\" y2=\"" << p.y0 + p.height
      << "\" stroke=\"#000\"/>\n<line x1=\"" << kLeft << "\" x2=\"" << kLeft + plot_w << "\" y1=\"" << p.y0 + p.height
      << "\" y2=\"" << p.y0 + p.height << "\" stroke=\"#000\"/>\n";
  size_t every = std::max<size_t>(1, (n + 9) / 10);   // at most ~10 date labels
  for (size_t i = 0; i < n; i += every) {
    svg << "<line x1=\"" << x(i) << "\" x2=\"" << x(i) << "\" y1=\"" << p.y0 + p.height << "\" y2=\""
        << p.y0 + p.height + 4 << "\" stroke=\"#000\"/>\n<text x=\"" << x(i) << "\" y=\"" << p.y0 + p.height + 17
        << "\" font-size=\"11\" text-anchor=\"middle\">" << xml_escape(labels[i]) << "</text>\n";
  }
  for (size_t l = 0; l < lines.size(); ++l) {
    const char* color = kColors[l % 4];
    svg << "<polyline fill=\"none\" stroke=\"" << color << "\" stroke-width=\"2\" points=\"";
    for (size_t i = 0; i < n; ++i) svg << x(i) << ',' << y(lines[l][i]) << ' ';
    svg << "\"/>\n";
    for (size_t i = 0; i < n; ++i) {
      svg << "<circle cx=\"" << x(i) << "\" cy=\"" << y(lines[l][i]) << "\" r=\"2.5\" fill=\"" << color
          << "\"><title>" << xml_escape(names[l] + " " + labels[i] + ": " + fixed(lines[l][i], 1))
          << "</title></circle>\n";
    }
    double ly = p.y0 + 14 + 20 * static_cast<double>(l);
    svg << "<rect x=\"" << kWidth - kRight + 20 << "\" y=\"" << ly - 9 << "\" width=\"14\" height=\"10\" fill=\""
        << color << "\"/>\n<text x=\"" << kWidth - kRight + 40 << "\" y=\"" << ly << "\" font-size=\"12\">"
        << xml_escape(names[l]) << "</text>\n";
  }
}

Status write_svg(const std::string& path, const std::vector<SeriesPoint>& pts, const std::string& title) {
  std::vector<std::string> labels, names;
  std::map<std::string, size_t> name_index, label_index;
  for (const auto& p : pts) {
    if (!label_index.count(p.period)) {
      label_index[p.period] = labels.size();
      labels.push_back(p.period);
    }
    if (!name_index.count(p.direction)) {
      name_index[p.direction] = names.size();
      names.push_back(p.direction);
    }
  }
  std::vector<std::vector<double>> counts(names.size(), std::vector<double>(labels.size(), 0));
  auto gold = counts;
  for (const auto& p : pts) {
    counts[name_index[p.direction]][label_index[p.period]] = static_cast<double>(p.events);
    gold[name_index[p.direction]][label_index[p.period]] = p.goldstein_sum;
  }
  double cmax = 1, glo = 0, ghi = 1;
  for (size_t l = 0; l < names.size(); ++l) {
    for (size_t i = 0; i < labels.size(); ++i) {
      cmax = std::max(cmax, counts[l][i]);
      glo = std::min(glo, gold[l][i]);
      ghi = std::max(ghi, gold[l][i]);
    }
  }
  std::ofstream svg(path);
  if (!svg) return Status(ErrorCode::kIoError, "cannot write " + path);
  double panel_h = 220, height = kTop + 2 * panel_h + 110;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kWidth << "\" height=\"" << height
      << "\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
      << "<text x=\"" << kLeft << "\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" << xml_escape(title)
      << "</text>\n";
  double cstep = nice_step(cmax, 5);
  draw_panel(svg, Panel{"Events per period", kTop + 20, panel_h, 0, std::ceil(cmax / cstep) * cstep}, labels,
             counts, names);
  double gstep = nice_step(ghi - glo, 5);
  draw_panel(svg,
             Panel{"Goldstein sum per period", kTop + panel_h + 90, panel_h, std::floor(glo / gstep) * gstep,
                   std::ceil(ghi / gstep) * gstep},
             labels, gold, names);
  svg << "</svg>\n";
  svg.close();
  return svg ? Status::Ok() : Status(ErrorCode::kIoError, "writing " + path + " failed");
}

int SeriesCommand::run() {
  auto f = filter.filter();
  if (!f.ok()) return fail(f.status());
  auto period = parse_period(by);
  if (!period) return fail("--by must be day, week, month or year, not \"" + by + "\"");
  if (Status s = output.open(); !s.ok()) return fail(s);
  auto st = store.open();
  if (!st.ok()) return fail(st.status());
  auto pts = (*st)->series(*f, *period);
  if (!pts.ok()) return fail(pts.status());
  write_table(output.out(), *pts, output.format);
  if (!plot.empty()) {
    std::string title = "dyad series" + (filter.dyad.empty() ? std::string() : " " + filter.dyad) + " by " + by;
    if (Status s = write_svg(plot, *pts, title); !s.ok()) return fail(s);
  }
  output.out().flush();
  return output.out() ? kExitOk : fail("write error on output");
}

}  // namespace

DYAD_REGISTER_COMMAND(series, "series", "Event counts, quad classes and Goldstein per period and direction",
                      [](CLI::App& app) -> std::function<int()> {
                        auto cmd = std::make_shared<SeriesCommand>();
                        cmd->output.format = "table";
                        cmd->store.add_to(app, false);
                        cmd->filter.add_to(app, false);
                        app.add_option("--by", cmd->by, "day|week|month|year (default month)");
                        app.add_option("--plot", cmd->plot, "Also draw the series as an SVG file");
                        cmd->output.add_to(app, {"table", "csv", "jsonl"});
                        return [cmd]() { return cmd->run(); };
                      });

}  // namespace dyad::cli
