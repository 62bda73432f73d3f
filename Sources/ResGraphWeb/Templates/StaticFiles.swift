/// The style sheet and the one script of the site, served from the binary (no CDN: the view
/// works offline). The script only reads JSON and SVG from this server and writes text nodes.
enum StaticFiles {
    static let css = """
        :root { --ink: #212529; --muted: #6c757d; --line: #dee2e6; --accent: #1f4e9c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, "Helvetica Neue", Arial, "WenQuanYi Zen Hei", sans-serif; color: var(--ink); }
        header.top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #f1f3f5; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
        .brand { font-weight: 700; color: var(--accent); text-decoration: none; font-size: 1.2rem; }
        form.search { position: relative; flex: 1; display: flex; gap: .4rem; min-width: 18rem; }
        form.search input { flex: 1; padding: .4rem .6rem; font-size: 1rem; border: 1px solid #adb5bd; border-radius: 4px; }
        .suggestions { position: absolute; top: 2.3rem; left: 0; right: 4rem; margin: 0; padding: 0; list-style: none; background: white; z-index: 10; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
        .suggestions li { padding: .3rem .6rem; border-bottom: 1px solid var(--line); overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
        .suggestions li span { color: var(--muted); }
        nav a { margin-left: .8rem; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        footer { color: var(--muted); font-size: .85rem; padding: 1rem 1.2rem; border-top: 1px solid var(--line); }
        a { color: var(--accent); }
        h1 { font-size: 1.6rem; margin: .6rem 0; } h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid var(--line); }
        .lead { font-size: 1.1rem; } .id, .note { color: var(--muted); } .title { font-style: italic; }
        .kind, .badge { font-size: .75rem; padding: .05rem .4rem; border-radius: 3px; background: #e9ecef; color: #495057; vertical-align: middle; }
        .badge { background: #fff3cd; }
        table.list td, table.list th { padding: .2rem .8rem .2rem 0; text-align: left; vertical-align: top; } .num { text-align: right; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        ul.citations li { margin: .4rem 0; } .clause { color: #495057; font-size: .92rem; } .place { font-size: .8rem; color: var(--muted); }
        mark { background: #fff3bf; }
        .graph { border: 1px solid var(--line); border-radius: 4px; overflow: auto; max-height: 80vh; min-height: 6rem; padding: .4rem; }
        .graph svg { max-width: 100%; height: auto; }
        .controls { display: flex; gap: 1rem; align-items: center; margin: .4rem 0; }
        pre.text { white-space: pre-wrap; font: 14px/1.55 ui-monospace, "DejaVu Sans Mono", "WenQuanYi Zen Hei", monospace; background: #fcfcfc; border: 1px solid var(--line); padding: 1rem; }
        a.ref { text-decoration: none; border-bottom: 2px solid; padding: 0 1px; }
        a.note { font-size: .7rem; vertical-align: super; text-decoration: none; border: 1px solid; border-radius: 3px; padding: 0 .2rem; margin: 0 .1rem; }
        .r-recalls { color: #1f4e9c; } .r-reaffirms { color: #6f2da8; } .r-notes { color: #5c6770; } .r-welcomes { color: #1b7a3a; }
        .r-considers { color: #b35c00; } .r-endorses { color: #0b7285; } .r-on-report-of { color: #868e96; } .r-cites { color: #495057; }
        span.ref { border-bottom: 2px solid; }
        .chart svg { width: 100%; max-width: 760px; height: auto; } .chart .grid { stroke: #e9ecef; } .chart .axis { font-size: 11px; fill: #6c757d; } .chart-title { font-size: 13px; font-weight: 600; }
        """

    static let script = """
        (function () {
          "use strict";
          var box = document.getElementById("q"), list = document.getElementById("suggestions");
          if (box && list) {
            var timer = null, asked = "";
            box.addEventListener("input", function () {
              clearTimeout(timer);
              timer = setTimeout(function () {
                var q = box.value.trim();
                if (q === asked) return;
                asked = q;
                if (q.length < 2) { list.textContent = ""; return; }
                fetch("/api/search?q=" + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
                  if (!data || box.value.trim() !== q) return;
                  list.textContent = "";
                  data.results.forEach(function (hit) {
                    var li = document.createElement("li"), a = document.createElement("a");
                    a.href = hit.url; a.textContent = hit.id; li.appendChild(a);
                    if (hit.title) { var s = document.createElement("span"); s.textContent = " — " + hit.title; li.appendChild(s); }
                    list.appendChild(li);
                  });
                }).catch(function () {});
              }, 120);
            });
          }
          var graph = document.getElementById("graph");
          if (graph && graph.dataset.src) {
            fetch(graph.dataset.src).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); }).then(function (svg) {
              var start = svg.indexOf("<svg");
              graph.innerHTML = start >= 0 ? svg.slice(start) : "";
              graph.classList.add("loaded");
            }).catch(function () { graph.textContent = "The drawing could not be made."; });
          }
        })();
        """
}
