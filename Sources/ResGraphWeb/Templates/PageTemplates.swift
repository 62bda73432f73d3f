/// The pages' mark-up as Mustache templates, kept in the binary so that `resgraph serve` needs no
/// files beside it. `{{x}}` escapes (document text is untrusted); `{{{x}}}` is used only for
/// mark-up made here: the page body, a Graphviz drawing, a chart, the marked-up text view.
enum PageTemplates {
    /// Every template by name.
    static let all: [String: String] = [
        "layout": layout, "home": home, "search": search, "node": node, "text": text,
        "dangling": dangling, "check": check, "stats": stats, "problem": problem,
    ]

    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · resgraph</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/static/site.css">
        <script src="/static/site.js" defer></script>
        </head>
        <body>
        <header class="top">
          <a class="brand" href="/">resgraph</a>
          <form class="search" action="/search" method="get" role="search" autocomplete="off">
            <input id="q" name="q" type="search" value="{{query}}" placeholder="An id (48/113, S/RES/1325 (2000), UNTS 189/2545) or words of a title" aria-label="Search">
            <button type="submit">Find</button>
            <ul id="suggestions" class="suggestions"></ul>
          </form>
          <nav><a href="/dangling">Dangling</a> <a href="/check">Check</a> <a href="/stats">Statistics</a></nav>
        </header>
        <main>
        {{{body}}}
        </main>
        <footer>resgraph · read-only view of {{database}} · <a href="/api/stats">JSON API</a></footer>
        </body>
        </html>
        """

    static let home = """
        <h1>Citations among UN resolutions</h1>
        {{#ready}}<p class="lead">This index holds {{summary}}.</p>{{/ready}}
        {{^ready}}<p class="note">The figures of this index are being computed (a few seconds for a million documents); reload soon. Search works already.</p>{{/ready}}
        <p>Type an id the way you would write it, or words of a title, in the box above: the page of a
        resolution, document or treaty shows what it cites and what cites it, the clause that makes each
        citation, and its neighbourhood as a graph you can click through.</p>
        <h2>Most cited</h2>
        {{#ready}}{{^mostCited}}<p>Nothing is cited yet.</p>{{/mostCited}}{{/ready}}
        <table class="list">
        {{#mostCited}}<tr><td><a href="{{url}}">{{label}}</a></td><td class="num">{{citing}} citing</td><td>{{^present}}<span class="badge">only cited</span>{{/present}}</td></tr>
        {{/mostCited}}
        </table>
        <p>Also: <a href="/dangling">cited ids the corpus lacks</a>, <a href="/check">problems found</a>,
        <a href="/stats">statistics</a>.</p>
        """

    static let search = """
        <h1>Search: “{{query}}”</h1>
        {{^results}}<p>Nothing found for “{{query}}”.{{^empty(nearest)}} Nearest ids:{{/empty(nearest)}}</p>
        <ul>{{#nearest}}<li><a href="{{url}}">{{id}}</a></li>{{/nearest}}</ul>{{/results}}
        <ul class="results">
        {{#results}}<li><a href="{{url}}">{{id}}</a> <span class="kind">{{kind}}</span>{{#title}} — {{title}}{{/title}}</li>
        {{/results}}
        </ul>
        """

    static let node = """
        {{#details}}
        <h1>{{label}} <span class="kind">{{kind}}</span>{{^present}} <span class="badge">only cited, not in the corpus</span>{{/present}}</h1>
        <p class="id">{{id}}{{#documentURL}} · <a href="{{documentURL}}" rel="noopener" target="_blank">read it on the UN's site</a>{{/documentURL}}</p>
        {{#title}}<p class="title">{{title}}</p>{{/title}}
        <dl class="facts">
        {{#date}}<dt>Adopted</dt><dd>{{date}}</dd>{{/date}}
        {{#session}}<dt>Session or year</dt><dd>{{session}}</dd>{{/session}}
        {{#present}}<dt>Languages</dt><dd>{{#languages}}{{.}} {{/languages}}</dd>{{/present}}
        <dt>Cites</dt><dd>{{citesCount}}</dd><dt>Cited by</dt><dd>{{citedByCount}}</dd>
        </dl>
        {{^empty(files)}}<h2>Files</h2>{{/empty(files)}}
        <ul class="files">{{#files}}<li><a href="{{textURL}}">{{shown}}</a> <span class="kind">{{language}}</span></li>{{/files}}</ul>
        {{^empty(findings)}}<h2>Problems found by check ({{findingsCount}})</h2>{{/empty(findings)}}
        {{#findingsURL}}<p class="note">The first {{findingsListed}} are listed; <a href="{{findingsURL}}">all of them</a> are in the JSON API, page by page.</p>{{/findingsURL}}
        <ul class="findings">{{#findings}}<li><span class="badge">{{problem}}</span> {{message}}</li>{{/findings}}</ul>
        {{^findingsReady}}{{#findingsFailure}}<p class="note">Check could not run on this index: {{findingsFailure}}</p>{{/findingsFailure}}{{^findingsFailure}}<p class="note">Check is still running on this index; problems are not shown yet.</p>{{/findingsFailure}}{{/findingsReady}}
        <h2>Neighbourhood</h2>
        <form class="controls" action="/node" method="get">
          <input type="hidden" name="id" value="{{id}}">
          <label>Depth <select name="depth">{{#depths}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/depths}}</select></label>
          <label>Direction <select name="direction">{{#directions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/directions}}</select></label>
          <button type="submit">Draw</button>
        </form>
        <div id="graph" class="graph" data-src="{{graphURL}}"><noscript><img src="{{graphURL}}" alt="neighbourhood of {{label}}"></noscript>Drawing…</div>
        <h2 id="cited-by">Cited by</h2>
        {{^citedByGroups}}<p>Nothing in the index cites it.</p>{{/citedByGroups}}
        {{#citedByCut}}<p class="note">{{citedByCount}} documents cite it; the first {{citedByListed}} are listed (<code>resgraph cited-by</code> lists them all).</p>{{/citedByCut}}
        {{#citedByGroups}}<h3 class="r-{{relation}}">{{name}} ({{count}})</h3>
        <ul class="citations">{{#citations}}<li><a href="{{nodeURL}}">{{label}}</a>{{#title}} <span class="title">{{title}}</span>{{/title}}
        {{#hasSnippet}}<div class="clause">{{before}}<mark>{{span}}</mark>{{after}} <a class="place" href="{{textURL}}">{{file}}</a></div>{{/hasSnippet}}</li>
        {{/citations}}</ul>{{/citedByGroups}}
        <h2 id="cites">Cites</h2>
        {{^citesGroups}}<p>It cites nothing the extractor found.</p>{{/citesGroups}}
        {{#citesCut}}<p class="note">It cites {{citesCount}} ids; the first {{citesListed}} are listed (<code>resgraph cites</code> lists them all).</p>{{/citesCut}}
        {{#citesGroups}}<h3 class="r-{{relation}}">{{name}} ({{count}})</h3>
        <ul class="citations">{{#citations}}<li><a href="{{nodeURL}}">{{label}}</a>{{^present}} <span class="badge">only cited</span>{{/present}}
        {{#hasSnippet}}<div class="clause">{{before}}<mark>{{span}}</mark>{{after}} <a class="place" href="{{textURL}}">{{file}}</a></div>{{/hasSnippet}}</li>
        {{/citations}}</ul>{{/citesGroups}}
        {{/details}}
        """

    static let text = """
        <h1>{{shown}}</h1>
        <p class="id">The <span class="kind">{{language}}</span> text of <a href="{{url}}">{{label}}</a>{{#title}}: {{title}}{{/title}} ·
        {{referenceCount}} references, each a link to its page; the relation colours them:
        <span class="ref r-recalls">recalls</span> <span class="ref r-reaffirms">reaffirms</span> <span class="ref r-notes">notes</span>
        <span class="ref r-welcomes">welcomes</span> <span class="ref r-considers">considers</span> <span class="ref r-endorses">endorses</span>
        <span class="ref r-on-report-of">on the report of</span> <span class="ref r-cites">cites</span>; at a footnote marker,
        <a class="note r-cites">what its footnote cites</a>.</p>
        <pre class="text">{{{html}}}</pre>
        """

    static let dangling = """
        <h1>Cited ids the corpus lacks</h1>
        {{^ready}}<p class="note">The cited ids this index lacks are being counted (half a minute for a million documents); reload soon.</p>{{/ready}}
        {{#ready}}{{^current}}<p class="note">The index changed; these figures are being recomputed.</p>{{/current}}
        <p>{{total}} ids, most cited first{{#cut}}; the first {{shown}} shown (<a href="/api/dangling">all as JSON</a>){{/cut}}.</p>{{/ready}}
        {{#groups}}<h2>{{heading}} ({{count}})</h2>
        <table class="list"><tr><th>citing</th><th>id</th><th>first cited at</th><th>text</th></tr>
        {{#lines}}<tr><td class="num">{{citing}}</td><td><a href="{{url}}">{{label}}</a></td><td><a href="{{textURL}}">{{firstShown}}</a></td><td>{{firstText}}</td></tr>
        {{/lines}}</table>{{/groups}}
        """

    static let check = """
        <h1>Problems found by check</h1>
        {{^ready}}<p class="note">Check is running on this index; reload in a moment.</p>{{/ready}}
        {{#ready}}{{^current}}<p class="note">The index changed; check is running again on the new state.</p>{{/current}}
        <p>{{total}} problem{{^one}}s{{/one}} found{{#cut}}; the first {{shown}} shown (all through <a href="/api/check">/api/check</a>, page by page){{/cut}}.</p>{{/ready}}
        {{#groups}}<h2>{{heading}} ({{count}})</h2>
        <ul class="findings">{{#lines}}<li><a href="{{url}}">{{node}}</a>: {{message}} <a class="place" href="{{textURL}}">{{shown}}</a></li>{{/lines}}</ul>
        {{/groups}}
        """

    static let stats = """
        <h1>Statistics</h1>
        <p class="lead">{{summary}}.</p>
        {{^current}}<p class="note">The index changed; these figures are being recomputed.</p>{{/current}}
        <div class="chart">{{{inDegreeChart}}}</div>
        {{#perYearChart}}<div class="chart">{{{perYearChart}}}</div>{{/perYearChart}}
        {{^perYearChart}}<p class="note">The citations per year are being counted (a few seconds for a million documents); reload soon.</p>{{/perYearChart}}
        <h2>Most cited</h2>
        <table class="list">
        {{#mostCited}}<tr><td><a href="{{url}}">{{label}}</a></td><td class="num">{{citing}}</td><td>{{^present}}<span class="badge">only cited</span>{{/present}}</td></tr>
        {{/mostCited}}
        </table>
        """

    static let problem = """
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        {{^empty(nearest)}}<p>Nearest ids in the index:</p>{{/empty(nearest)}}
        <ul>{{#nearest}}<li><a href="{{url}}">{{id}}</a></li>{{/nearest}}</ul>
        <p><a href="/">Back to the start</a></p>
        """
}
