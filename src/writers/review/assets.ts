// The review page's own style and behaviour, inlined so the page opens from a mail attachment
// with no network. Neither holds any text from a notice: the script reads the page's data-*
// attributes, which the HTML serializer escapes like every other text.

export const REVIEW_CSS = `
:root { --task: #fff1a8; --task-current: #ffc94d; --clause: #d8ecff; --line: #8a8f98; --border: #d9dde3; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; color: #1d2129; display: flex; flex-direction: column; }
header.bar { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; padding: 8px 16px; border-bottom: 1px solid var(--border); background: #f6f8fa; }
header.bar h1 { font-size: 17px; margin: 0 12px 0 0; }
header.bar select { font: inherit; padding: 2px 4px; max-width: 24em; }
#count { color: var(--line); }
main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
.pane { overflow: auto; padding: 12px 20px 40vh; }
.pane + .pane { border-left: 1px solid var(--border); }
.doc h2 { font-size: 16px; margin: 8px 0 12px; }
.doc h2 small { color: var(--line); font-weight: normal; margin-left: 8px; }
.line { display: grid; grid-template-columns: 5.5em minmax(0, 1fr); gap: 8px; }
.line .pos { color: var(--line); font-size: 12px; text-align: right; padding-top: 3px; user-select: none; }
.line .body { white-space: pre-wrap; word-break: break-all; }
mark.task { background: var(--task); border-radius: 2px; cursor: pointer; }
mark.task.current { background: var(--task-current); outline: 2px solid #e08a00; }
mark.task.dim { background: #f1f1f1; }
mark.task b.no { display: inline-block; min-width: 1.6em; margin-right: 3px; padding: 0 4px; border-radius: 9px; background: #e08a00; color: #fff; font-size: 12px; line-height: 1.5; text-align: center; }
.clause { background: var(--clause); border-bottom: 2px solid #4a90d9; }
aside.note { margin: 2px 0 8px 6.2em; padding: 2px 8px; border-left: 3px solid #e08a00; background: #fffaf0; font-size: 13px; color: #5c4400; }
aside.note.dim { opacity: .45; }
.diag { margin: 2px 0 8px 6.2em; padding: 2px 8px; font-size: 13px; border-left: 3px solid #d9822b; background: #fff4e8; }
.diag.error { border-color: #c23030; background: #fdecec; }
.diag code { font-size: 12px; color: #6b3c00; }
table.src { border-collapse: collapse; margin: 8px 0 8px 0; width: 100%; }
table.src td { border: 1px solid var(--border); vertical-align: top; padding: 2px 4px; }
table.src .line { grid-template-columns: minmax(0, 1fr); }
table.src .line .pos { display: none; }
table.src aside.note, table.src .diag { margin-left: 0; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 13px; }
table.tasks th { position: sticky; top: -12px; background: #eef2f7; text-align: left; white-space: nowrap; }
table.tasks th, table.tasks td { border: 1px solid var(--border); padding: 3px 6px; vertical-align: top; }
table.tasks tbody tr { cursor: pointer; }
table.tasks tbody tr:hover { background: #f5f9ff; }
table.tasks tbody tr.selected { background: #fff3d6; }
table.tasks td.no { text-align: right; white-space: nowrap; }
.empty { color: var(--line); }
@media print { main { display: block; } .pane { overflow: visible; padding-bottom: 0; } header.bar label { display: none; } }
`;

export const REVIEW_JS = `
(function () {
  var select = document.getElementById('unit-filter');
  var everyone = document.getElementById('with-collective');
  var count = document.getElementById('count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.tasks tbody tr'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[data-task]'));
  var notes = Array.prototype.slice.call(document.querySelectorAll('aside.note'));
  var same = function (el, tr) { return el.getAttribute('data-task') === tr.getAttribute('data-for') && el.getAttribute('data-file') === tr.getAttribute('data-file'); };
  var noteOf = function (el, tr) { return el.getAttribute('data-for') === tr.getAttribute('data-for') && el.getAttribute('data-file') === tr.getAttribute('data-file'); };
  function apply() {
    var unit = select.value, shown = 0;
    rows.forEach(function (tr) {
      var units = tr.getAttribute('data-units') ? tr.getAttribute('data-units').split('\\n') : [];
      var ok = !unit || units.indexOf(unit) >= 0 || (everyone.checked && tr.getAttribute('data-collective') === '1');
      tr.hidden = !ok;
      if (ok) shown++;
      marks.forEach(function (m) { if (same(m, tr)) m.classList.toggle('dim', !ok); });
      notes.forEach(function (n) { if (noteOf(n, tr)) n.classList.toggle('dim', !ok); });
    });
    count.textContent = count.getAttribute('data-template').replace('{n}', shown).replace('{total}', rows.length);
  }
  function jump(tr) {
    rows.forEach(function (r) { r.classList.toggle('selected', r === tr); });
    marks.forEach(function (m) { m.classList.toggle('current', same(m, tr)); });
    var target = document.getElementById(tr.getAttribute('data-target'));
    if (target) target.scrollIntoView({ block: 'center' });
  }
  rows.forEach(function (tr) {
    tr.addEventListener('click', function () { jump(tr); });
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') jump(tr); });
  });
  marks.forEach(function (m) {
    m.addEventListener('click', function () {
      var tr = rows.filter(function (r) { return same(m, r); })[0];
      if (!tr) return;
      jump(tr);
      tr.scrollIntoView({ block: 'center' });
    });
  });
  select.addEventListener('change', apply);
  everyone.addEventListener('change', apply);
  apply();
})();
`;
