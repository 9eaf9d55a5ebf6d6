"use strict";
// mtcheck review page. Document text only ever enters the page through
// textContent: never innerHTML.
(function () {
  const data = JSON.parse(document.getElementById("mtcheck-data").textContent);
  const byId = new Map(data.findings.map((f) => [f.id, f]));
  const items = Array.from(document.querySelectorAll("li.item"));
  const help = document.getElementById("help");
  const storeKey = "mtcheck-review:" + data.run;
  const decisions = loadDecisions();
  let current = null;
  let shownDocument = "";  // "" for every document, else a document's index

  function loadDecisions() {
    try {
      return JSON.parse(window.localStorage.getItem(storeKey) || "{}");
    } catch (err) {
      return {};  // storage unavailable (private window, file policy): keep marks in memory
    }
  }

  function saveDecisions() {
    try {
      window.localStorage.setItem(storeKey, JSON.stringify(decisions));
    } catch (err) {
      // as above
    }
  }

  function ids(el, attr) {
    return el.getAttribute(attr).split(" ").map(Number);
  }

  function visibleItems() {
    return items.filter((li) => !li.hidden);
  }

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function showDiff(diff) {
    const box = document.getElementById("d-diff-box");
    const out = document.getElementById("d-diff");
    out.replaceChildren();
    box.hidden = !diff;
    if (!diff) return;
    for (const [op, words] of diff) {
      const el = document.createElement(op === "same" ? "span" : op === "added" ? "ins" : "del");
      el.textContent = words + " ";
      out.append(el);
    }
  }

  function showEvidence(lines) {
    const out = document.getElementById("d-evidence");
    out.replaceChildren();
    document.getElementById("d-evidence-box").hidden = !lines.length;
    for (const [label, value] of lines) {
      const dt = document.createElement("dt");
      const dd = document.createElement("dd");
      dt.textContent = label;
      dd.textContent = value;
      out.append(dt, dd);
    }
  }

  function showDetail(f) {
    document.getElementById("detail").hidden = false;
    text("d-code", f.code);
    const sev = document.getElementById("d-severity");
    sev.textContent = f.severity;
    sev.className = "badge sev-" + f.severity;
    text("d-check", f.check);
    text("d-where", f.document + ":" + f.line + ":" + f.col);
    text("d-message", f.message);
    text("d-target", f.target);
    text("d-source", f.source === null ? "(no aligned source)" : f.source);
    text("d-counterpart", f.counterpart || "");
    document.getElementById("d-counterpart").hidden = f.counterpart === null;
    document.getElementById("d-counterpart-label").hidden = f.counterpart === null;
    showEvidence(f.evidence);
    text("d-status", decisions[f.id] ? "marked " + decisions[f.id].status : "");
    showDiff(f.diff);
  }

  function inView(el) {
    // On a narrow window the detail panel is fixed at the bottom and covers what is under it.
    const panel = document.getElementById("detail");
    const bottom = getComputedStyle(panel).position === "fixed" ? panel.getBoundingClientRect().top
      : window.innerHeight;
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= bottom;
  }

  function unhighlight() {
    for (const el of document.querySelectorAll(".active, .src-active, .src-context, .current")) {
      el.classList.remove("active", "src-active", "src-context", "current");
      el.removeAttribute("aria-current");
    }
  }

  function select(id, scroll) {
    const f = byId.get(id);
    if (!f) return;
    current = id;
    unhighlight();
    const marks = document.querySelectorAll('mark[data-f~="' + id + '"]');
    marks.forEach((m) => m.classList.add("active"));
    // The aligned source is the faint context; the counterpart (else that whole span) stands out.
    const context = document.querySelectorAll('[data-s~="' + id + '"]');
    context.forEach((s) => s.classList.add("src-context"));
    const strong = f.counterpart === null ? context : document.querySelectorAll('[data-c~="' + id + '"]');
    strong.forEach((s) => s.classList.add("src-active"));
    const li = document.querySelector('li.item[data-f="' + id + '"]');
    if (li) {
      li.classList.add("current");
      li.setAttribute("aria-current", "true");
      if (document.activeElement && document.activeElement.matches("li.item")) li.focus({preventScroll: true});
    }
    showDetail(f);
    if (scroll) {
      if (li) li.scrollIntoView({block: "nearest"});
      if (marks.length && !inView(marks[0])) marks[0].scrollIntoView({block: "center"});
    }
  }

  function step(delta) {
    const visible = visibleItems();
    if (!visible.length) return;
    const at = visible.findIndex((li) => Number(li.dataset.f) === current);
    const next = at < 0 ? (delta > 0 ? 0 : visible.length - 1)
      : (at + delta + visible.length) % visible.length;
    select(Number(visible[next].dataset.f), true);
  }

  function applyFilters() {
    const on = (selector, attr) => new Set(
      Array.from(document.querySelectorAll(selector)).filter((c) => c.checked).map((c) => c.getAttribute(attr)));
    const severities = on("input[data-severity]", "data-severity");
    const codes = on("input[data-code]", "data-code");
    const inDocument = (doc) => shownDocument === "" || String(doc) === shownDocument;
    const shown = (id) => {
      const f = byId.get(id);
      return severities.has(f.severity) && codes.has(f.code) && inDocument(f.doc);
    };
    items.forEach((li) => { li.hidden = !shown(Number(li.dataset.f)); });
    document.querySelectorAll("article.doc").forEach((el) => { el.hidden = !inDocument(el.dataset.doc); });
    // A document without findings shows in the list only when it is the one shown.
    document.querySelectorAll(".doc-findings").forEach((el) => {
      el.hidden = !inDocument(el.dataset.doc) || (shownDocument === "" && el.classList.contains("empty"));
    });
    document.querySelectorAll("mark[data-f]").forEach((m) => {
      // A run of text shows the worst severity among the findings still shown on it.
      const visible = ids(m, "data-f").filter(shown).map((id) => byId.get(id).severity);
      m.classList.toggle("off", !visible.length);
      m.classList.toggle("sev-major", visible.includes("major"));
      m.classList.toggle("sev-minor", visible.length > 0 && !visible.includes("major"));
    });
    if (current !== null && !shown(current)) clearSelection();
  }

  function clearSelection() {
    current = null;
    document.getElementById("detail").hidden = true;
    unhighlight();
  }

  function showDocument(doc) {
    shownDocument = doc;
    document.querySelectorAll("button[data-doc]").forEach((b) => {
      b.setAttribute("aria-pressed", String(b.dataset.doc === doc));
    });
    applyFilters();
    if (current === null) step(1);
    if (current === null && doc !== "") document.getElementById("doc-" + doc).scrollIntoView();
  }

  function openHelp() {
    if (!help.open) help.showModal();
  }

  function showDecisions() {
    items.forEach((li) => {
      const d = decisions[li.dataset.f];
      li.dataset.status = d ? d.status : "";
      li.querySelector(".status").textContent = d ? d.status : "";
    });
    document.querySelectorAll("mark[data-f]").forEach((m) => {
      m.classList.toggle("decided", ids(m, "data-f").every((id) => decisions[id]));
    });
    text("decided", Object.keys(decisions).length + " marked");
  }

  function mark(status) {
    if (current === null) return;
    if (status) {
      const f = byId.get(current);
      decisions[current] = {document: f.document, code: f.code, fingerprint: f.fingerprint,
        text: f.target, message: f.message, status: status};
    } else {
      delete decisions[current];
    }
    saveDecisions();
    showDecisions();
    showDetail(byId.get(current));
  }

  function exportBaseline() {
    const baseline = {version: 1, tool: "mtcheck", findings: Object.values(decisions)};
    const blob = new Blob([JSON.stringify(baseline, null, 2) + "\n"], {type: "application/json"});
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "mtcheck-baseline.json";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  items.forEach((li) => {
    li.addEventListener("click", () => select(Number(li.dataset.f), true));
    li.addEventListener("keydown", (e) => {
      if (e.key === "Enter") select(Number(li.dataset.f), true);
    });
  });
  document.querySelectorAll("mark[data-f]").forEach((m) => {
    m.addEventListener("click", () => {
      const choices = ids(m, "data-f");
      const at = choices.indexOf(current);  // a second click cycles through overlapping findings
      select(choices[(at + 1) % choices.length], false);
    });
  });
  document.querySelectorAll(".controls input").forEach((c) => c.addEventListener("change", applyFilters));
  document.querySelectorAll("button[data-mark]").forEach((b) => {
    b.addEventListener("click", () => mark(b.dataset.mark));
  });
  document.querySelectorAll("button[data-doc]").forEach((b) => {
    b.addEventListener("click", () => showDocument(b.dataset.doc));
  });
  document.getElementById("export").addEventListener("click", exportBaseline);
  document.getElementById("help-open").addEventListener("click", openHelp);
  // A closed summary would print as one line: open it for printing.
  window.addEventListener("beforeprint", () => { document.querySelector("details.summary").open = true; });
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || help.open || e.target.matches("input, textarea")) return;
    const actions = {j: () => step(1), k: () => step(-1), a: () => mark("accepted"),
      f: () => mark("false-positive"), u: () => mark(""), "?": openHelp};
    if (actions[e.key]) {
      e.preventDefault();
      actions[e.key]();
    }
  });
  showDecisions();
  step(1);  // the first screen: the articles, with the first finding selected
}());
