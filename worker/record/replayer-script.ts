/**
 * The replayer inside an HTML export (export-html.ts): plain JavaScript for the page's one inline
 * script, allowed by its hash in the page's Content-Security-Policy. It reads the record from the
 * page's JSON data block and builds every element with createElement and textContent — never
 * innerHTML — so what participants typed stays text. It asks the network for nothing.
 *
 * Kept as text (in String.raw, so no backtick or dollar-brace inside) rather than a bundled function,
 * whose source the bundler may rewrite with helpers the page would not have.
 *
 * The moment shown is "the first k events": the code of each language is rebuilt by applying the
 * edits' text deltas (retain n, insert s, delete n; UTF-16 units) from the nearest checkpoint.
 */
// biome-ignore lint/complexity/noUselessStringRaw: so that a backslash added to the script later means what it says
export const REPLAYER_SCRIPT = String.raw`(function () {
"use strict";
var data = JSON.parse(document.getElementById("record").textContent);
var events = data.events;
var n = events.length;
var EVERY = 200;
var names = {};
data.participants.forEach(function (p) { names[p.userId] = p.name + " (" + p.role + ")"; });
function who(e) { return e.userId ? (names[e.userId] || e.userId) : "Duet"; }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function applyDelta(text, ops) {
  var out = "", pos = 0;
  for (var i = 0; i < ops.length; i++) {
    var op = ops[i];
    if (typeof op.retain === "number") { out += text.slice(pos, pos + op.retain); pos += op.retain; }
    else if (typeof op.insert === "string") out += op.insert;
    else if (typeof op.delete === "number") pos += op.delete;
  }
  return out + text.slice(pos);
}
// The Room's own writes before anyone's first edit (the starter code) are where the buffers start,
// whatever the moment, as the record's code at a moment counts them.
var opening = 0;
while (opening < n && !(events[opening].kind === "edit" && events[opening].userId)) opening++;
function step(state, e, i) {
  if (e.kind === "edit" && !e.userId && i < opening) return;
  if (e.kind === "edit" && e.delta) state.files[e.language] = applyDelta(state.files[e.language] || "", e.delta);
  else if (e.kind === "note" && e.delta) state.notes = applyDelta(state.notes, e.delta);
  else if (e.kind === "language") state.language = e.language;
}
function copy(s) { return { files: Object.assign({}, s.files), notes: s.notes, language: s.language }; }
var checkpoints = [];
var languages = [];
var hasNotes = events.some(function (e) { return e.kind === "note"; });
(function () {
  var s = { files: {}, notes: "", language: null };
  for (var j = 0; j < opening; j++) if (events[j].kind === "edit" && events[j].delta) s.files[events[j].language] = applyDelta(s.files[events[j].language] || "", events[j].delta);
  for (var i = 0; i <= n; i++) {
    if (i % EVERY === 0) checkpoints.push(copy(s));
    if (i === n) break;
    var e = events[i];
    if (e.kind === "edit" && languages.indexOf(e.language) < 0) languages.push(e.language);
    step(s, e, i);
  }
})();
function stateAt(k) {
  var s = copy(checkpoints[Math.floor(k / EVERY)]);
  for (var i = Math.floor(k / EVERY) * EVERY; i < k; i++) step(s, events[i], i);
  return s;
}
var t0 = data.startedAt || (n ? events[0].t : data.exportedAt);
function clock(ms) {
  var s = Math.max(0, Math.round(ms / 1000));
  var m = Math.floor(s / 60);
  return (m < 10 ? "0" : "") + m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
}
function summary(e) {
  switch (e.kind) {
    case "join": return "joined as " + e.role;
    case "leave": return "left";
    case "drop": return "lost the connection";
    case "edit": return "edited " + e.language + " (+" + e.added + " −" + e.removed + ")";
    case "note": return "edited the notes (+" + e.added + " −" + e.removed + ")";
    case "language": return "switched to " + e.language;
    case "problem": return "set the problem " + (e.slug || "(none)");
    case "chat": return "said: " + e.text;
    case "run.start": return e.mode + " in " + e.language;
    case "run.output": return e.stream + (e.hidden ? " (hidden test)" : "") + ": " + e.data;
    case "run.end": return "run " + e.status + (e.verdict ? ": " + e.verdict : "") + (e.total !== null && e.total !== undefined ? " (" + e.passed + "/" + e.total + ")" : "");
    case "timer": return "timer " + e.action + (e.atZero && e.atZero !== "nothing" ? " (at zero: " + e.atZero + ")" : "");
    case "timer.zero": return "time ran out: " + e.action + (e.runId ? " (submitted)" : "") + (e.error ? " (" + e.error + ")" : "");
    case "scorecard": return "submitted a scorecard" + (e.recommendation ? ": " + e.recommendation : "");
    case "paste": return "pasted " + e.size + " characters" + (e.external ? " from outside" : "");
    default: return e.kind;
  }
}

var app = document.getElementById("app");
document.title = data.room.title + " — interview record";
var header = el("header");
header.appendChild(el("h1", null, data.room.title));
header.appendChild(el("p", "meta", "Room " + data.room.id + " · exported " + new Date(data.exportedAt).toISOString() + " · " + data.view + "'s view · " + n + " events"));
var people = el("ul", "people");
data.participants.forEach(function (p) { people.appendChild(el("li", null, p.name + " — " + p.role)); });
header.appendChild(people);
app.appendChild(header);

var controls = el("div", "controls");
var play = el("button", null, "Play");
play.id = "play";
play.type = "button";
var scrub = el("input");
scrub.id = "scrubber";
scrub.type = "range";
scrub.min = "0";
scrub.max = String(n);
scrub.value = String(n);
scrub.setAttribute("aria-label", "Moment of the interview (events shown)");
var speed = el("select");
speed.id = "speed";
speed.setAttribute("aria-label", "Playback speed");
[1, 4, 16, 64].forEach(function (x) { var o = el("option", null, x + "×"); o.value = String(x); speed.appendChild(o); });
speed.value = "16";
var when = el("output", "when");
when.id = "when";
[play, scrub, speed, when].forEach(function (c) { controls.appendChild(c); });
app.appendChild(controls);

var grid = el("main", "grid");
function panel(title, id) {
  var s = el("section", "panel");
  s.appendChild(el("h2", null, title));
  grid.appendChild(s);
  var body = el(id === "code" || id === "notes" ? "pre" : "ol", "body");
  body.id = id;
  return { section: s, body: body };
}
var codePanel = panel("Code", "code");
var pick = el("select");
pick.id = "language";
pick.setAttribute("aria-label", "Language");
var auto = el("option", null, "Language in use");
auto.value = "";
pick.appendChild(auto);
languages.forEach(function (l) { var o = el("option", null, l); o.value = l; pick.appendChild(o); });
codePanel.section.appendChild(pick);
codePanel.section.appendChild(codePanel.body);
var consolePanel = panel("Console", "console");
consolePanel.section.appendChild(consolePanel.body);
var chatPanel = panel("Chat", "chat");
chatPanel.section.appendChild(chatPanel.body);
var notesPanel = panel("Notes", "notes");
notesPanel.section.appendChild(notesPanel.body);
var eventsPanel = panel("Events", "events");
eventsPanel.section.appendChild(eventsPanel.body);
app.appendChild(grid);
var rows = events.map(function (e, i) {
  var li = el("li");
  var b = el("button", null, "+" + clock(e.t - t0) + " #" + e.seq + " " + who(e) + " " + summary(e));
  b.type = "button";
  b.addEventListener("click", function () { show(i + 1); });
  li.appendChild(b);
  eventsPanel.body.appendChild(li);
  return li;
});
var footer = el("footer");
footer.appendChild(el("p", null, "Signed by key " + data.chain.signature.kid + ", head " + data.chain.head + ". Check it offline: npm run verify-record -- <this file> --key <the deployment's key set from /api/record-key>."));
app.appendChild(footer);

var current = -1;
function show(k) {
  k = Math.max(0, Math.min(n, k));
  scrub.value = String(k);
  var s = stateAt(k);
  var lang = pick.value || s.language || languages[0] || "";
  codePanel.body.textContent = s.files[lang] || "";
  codePanel.body.setAttribute("data-language", lang);
  notesPanel.body.textContent = s.notes;
  notesPanel.section.hidden = !hasNotes;
  var at = k ? events[k - 1].t : t0;
  when.textContent = clock(at - t0) + " / " + clock((n ? events[n - 1].t : t0) - t0) + " · event " + k + " of " + n;
  consolePanel.body.replaceChildren();
  chatPanel.body.replaceChildren();
  for (var i = 0; i < k; i++) {
    var e = events[i];
    if (e.kind === "chat") chatPanel.body.appendChild(el("li", null, who(e) + ": " + e.text));
    else if (e.kind === "run.start") consolePanel.body.appendChild(el("li", "run", "▶ " + who(e) + " · " + summary(e)));
    else if (e.kind === "run.output") consolePanel.body.appendChild(el("li", e.stream, e.data));
    else if (e.kind === "run.end") consolePanel.body.appendChild(el("li", "end", summary(e)));
  }
  if (current >= 0 && rows[current]) rows[current].classList.remove("current");
  current = k - 1;
  var row = rows[current];
  if (!row) return;
  row.classList.add("current");
  // Keep the moment in sight in the events list (only the list scrolls, never the page).
  var box = eventsPanel.body, top = row.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - row.offsetHeight) box.scrollTop = top - box.clientHeight / 2;
}

var timer = null, playTime = 0;
function stop() { if (timer) clearInterval(timer); timer = null; play.textContent = "Play"; }
play.addEventListener("click", function () {
  if (timer) return stop();
  var k = Number(scrub.value);
  if (k >= n) k = 0;
  playTime = k ? events[k - 1].t : t0;
  play.textContent = "Pause";
  timer = setInterval(function () {
    playTime += 100 * Number(speed.value);
    var k = Number(scrub.value);
    if (k < n && events[k].t - playTime > 5000 * Number(speed.value)) playTime = events[k].t; // skip long silences
    while (k < n && events[k].t <= playTime) k++;
    show(k);
    if (k >= n) stop();
  }, 100);
  show(k);
});
scrub.addEventListener("input", function () { stop(); show(Number(scrub.value)); });
pick.addEventListener("change", function () { show(Number(scrub.value)); });
show(n);
})();
`;
