// report.html: documents shown one at a time, tables sorted and filtered, a person selected in the network.
(function () {
  "use strict";
  // the documents (most of the page's weight) and the people's panels are parsed when first needed
  var data = {};
  function load(id) {
    if (!data[id]) data[id] = JSON.parse(document.getElementById(id).textContent);
    return data[id];
  }
  var view = document.getElementById("doc-view");
  var net = document.getElementById("net");
  var shown = -1;
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  // a document is shown alone, at the top of the page: the corpus sections are hidden meanwhile
  function showDoc(i) {
    var docs = load("docs-data");
    if (!docs[i]) return false;
    if (i !== shown) {
      view.innerHTML = '<p class="back"><a href="#documents">← Retour au corpus</a></p>' + docs[i].html;
      shown = i;
    }
    view.hidden = false;
    document.body.classList.add("doc-mode");
    return true;
  }

  function showCorpus() {
    view.hidden = true;
    document.body.classList.remove("doc-mode");
  }

  function selectPerson(p) {
    var panel = document.getElementById("person"), panels = load("people-data");
    if (!net || !panels[p]) return;
    net.classList.add("sel");
    net.querySelectorAll(".on,.me").forEach(function (e) { e.classList.remove("on", "me"); });
    var me = net.querySelector('circle.node[data-p="' + p + '"]');
    me.classList.add("on", "me");
    net.querySelectorAll('line.edge[data-a="' + p + '"],line.edge[data-b="' + p + '"]').forEach(function (e) {
      e.classList.add("on");
      var other = e.dataset.a === String(p) ? e.dataset.b : e.dataset.a;
      net.querySelector('circle.node[data-p="' + other + '"]').classList.add("on");
    });
    panel.innerHTML = panels[p];
  }

  function route() {
    var hash = decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll(".hl").forEach(function (e) { e.classList.remove("hl"); });
    var d = /^d(\d+)(?:-(.+))?$/.exec(hash);
    var p = /^p(\d+)$/.exec(hash);
    if (d && showDoc(+d[1])) {
      var marks = document.querySelectorAll('[data-r="' + CSS.escape(hash) + '"]');
      marks.forEach(function (e) { e.classList.add("hl"); });
      if (marks[0]) marks[0].scrollIntoView({block: "center"});
      else window.scrollTo(0, 0);
      return;
    }
    var wasDoc = document.body.classList.contains("doc-mode");
    showCorpus();
    if (p) {
      selectPerson(+p[1]);
      document.getElementById("reseau").scrollIntoView();
    } else if (wasDoc) {  // the target was hidden when the browser tried to scroll to it
      var target = hash && document.getElementById(hash);
      if (target) target.scrollIntoView(); else window.scrollTo(0, 0);
    }
  }

  if (net) {
    net.addEventListener("click", function (event) {
      var node = event.target.closest("circle.node");
      if (node) { location.hash = "p" + node.dataset.p; }
      else { net.classList.remove("sel"); }
    });
  }

  // filter: every row whose text holds the words typed (accents and case ignored)
  document.querySelectorAll("input.filter").forEach(function (input) {
    var table = document.getElementById(input.dataset.for);
    var count = document.querySelector('.count[data-for="' + input.dataset.for + '"]');
    var rows = null;
    input.addEventListener("input", function () {
      rows = rows || Array.prototype.map.call(table.tBodies[0].rows, function (r) { return [r, fold(r.textContent)]; });
      var words = fold(input.value).split(/\s+/).filter(Boolean), n = 0;
      rows.forEach(function (pair) {
        var ok = words.every(function (w) { return pair[1].indexOf(w) >= 0; });
        pair[0].hidden = !ok;
        if (ok) n++;
      });
      count.textContent = n + " ligne(s)";
    });
  });

  // sort: a click on a column header, again to reverse; numbers as numbers, French collation
  var collator = new Intl.Collator("fr", {numeric: true, sensitivity: "base"});
  document.addEventListener("click", function (event) {
    var th = event.target.closest("table.grid:not(.small) th");
    if (!th) return;
    var table = th.closest("table"), col = th.cellIndex;
    var dir = th.dataset.dir === "asc" ? "desc" : "asc";
    table.querySelectorAll("th").forEach(function (h) { delete h.dataset.dir; });
    th.dataset.dir = dir;
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].textContent, y = b.cells[col].textContent;
      if (!x !== !y) return x ? -1 : 1;  // empty cells last, whatever the direction
      return collator.compare(x, y) * (dir === "asc" ? 1 : -1);
    });
    body.append.apply(body, rows);
  });

  // timeline: a click on a month filters the meetings table
  var timeline = document.getElementById("timeline");
  if (timeline) {
    timeline.addEventListener("click", function (event) {
      var bar = event.target.closest(".bar");
      var input = document.querySelector('input.filter[data-for="t-meetings"]');
      if (!bar || !input) return;
      input.value = bar.dataset.m;
      input.dispatchEvent(new Event("input"));
    });
  }

  window.addEventListener("hashchange", route);
  route();
  document.documentElement.dataset.ready = String(Math.round(performance.now()));
})();
