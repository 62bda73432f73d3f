import Foundation

/// A bar chart drawn as SVG on the server (no script, no CDN: it works offline), bars stacked
/// by series when there are several. Labels are escaped.
///
/// ```swift
/// let chart = BarChart(title: "Cited by", categories: ["1", "2-4"], series: [.init(name: "ids", color: "#1f4e9c", values: [40, 5])])
/// chart.svg   // "<svg ..."
/// ```
struct BarChart: Sendable {
    /// One stacked layer of bars.
    struct Series: Sendable {
        var name: String
        var color: String
        var values: [Int]
    }

    var title: String
    var categories: [String]
    var series: [Series]
    var width = 760
    var height = 260

    /// The chart; an empty chart says "no data".
    var svg: String {
        let left = 48, bottom = 42, top = 28, right = 12
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let totals = categories.indices.map { k in series.reduce(0) { $0 + ($1.values.indices.contains(k) ? $1.values[k] : 0) } }
        let maximum = max(1, totals.max() ?? 1)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(width) \(height + legendHeight)\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(title))\">"
        out += "<text x=\"\(left)\" y=\"16\" class=\"chart-title\">\(HTMLEscaping.escape(title))</text>"
        guard !categories.isEmpty else { return out + "<text x=\"\(left)\" y=\"\(top + 20)\">no data</text></svg>" }
        let step = Double(plotWidth) / Double(categories.count)
        let barWidth = max(1, step * 0.8)
        for tick in ticks(maximum) {
            let y = Double(top + plotHeight) - Double(tick) / Double(maximum) * Double(plotHeight)
            out += String(format: "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", left, left + plotWidth, y, y)
            out += String(format: "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d</text>", left - 4, y + 4, tick)
        }
        let labelEvery = max(1, categories.count / 20)
        for (k, category) in categories.enumerated() {
            var base = Double(top + plotHeight)
            let x = Double(left) + step * Double(k) + (step - barWidth) / 2
            var tooltip = [category]
            for layer in series {
                let value = layer.values.indices.contains(k) ? layer.values[k] : 0
                guard value > 0 else { continue }
                let h = Double(value) / Double(maximum) * Double(plotHeight)
                base -= h
                tooltip.append("\(layer.name): \(value)")
                out += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%@\"/>", x, base, barWidth, h, layer.color)
            }
            out += String(format: "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"transparent\"><title>%@</title></rect>",
                          x, top, barWidth, plotHeight, HTMLEscaping.escape(tooltip.joined(separator: "\n")))
            if k % labelEvery == 0 {
                out += String(format: "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%@</text>",
                              x + barWidth / 2, top + plotHeight + 16, HTMLEscaping.escape(category))
            }
        }
        if series.count > 1 {
            var x = left
            for layer in series {
                out += "<rect x=\"\(x)\" y=\"\(height + 4)\" width=\"10\" height=\"10\" fill=\"\(layer.color)\"/>"
                out += "<text x=\"\(x + 14)\" y=\"\(height + 13)\" class=\"axis\">\(HTMLEscaping.escape(layer.name))</text>"
                x += 24 + layer.name.count * 7
            }
        }
        return out + "</svg>"
    }

    private var legendHeight: Int { series.count > 1 ? 20 : 0 }

    /// About four round values from 0 to `maximum`.
    private func ticks(_ maximum: Int) -> [Int] {
        let raw = Double(maximum) / 4
        let magnitude = pow(10, floor(log10(max(raw, 1))))
        let step = max(1, Int((raw / magnitude).rounded(.up) * magnitude))
        return Array(stride(from: 0, through: maximum, by: step))
    }
}
