import { buildReport, type ReportModel } from './report-model.js';
import type { Reporter, ReporterOptions } from './types.js';

/** Text as HTML text or attribute value: every character that could start markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside `<script>`: `<` escaped so no `</script>` or `<!--` in the data can end the element. */
function scriptJson(value: unknown): string {
  // Plain-string passes over megabytes of JSON, and only when the character is there.
  let text = JSON.stringify(value).replaceAll('<', '\\u003c');
  if (text.includes('\u2028')) text = text.replaceAll('\u2028', '\\u2028');
  return text.includes('\u2029') ? text.replaceAll('\u2029', '\\u2029') : text;
}

function barChart(model: ReportModel): string {
  const rowHeight = 22;
  const labelWidth = 320;
  const barWidth = 560;
  const most = Math.max(1, ...model.groups.map((group) => group.entries.length));
  const height = rowHeight * model.groups.length + 4;
  const bars = model.groups.map((group, index) => {
    const y = index * rowHeight + 2;
    const width = Math.max(1, Math.round((group.entries.length / most) * barWidth));
    return (
      `<g class="bar" data-group="${escapeHtml(group.key)}" data-count="${group.entries.length}">` +
      `<title>${escapeHtml(group.label)}: ${group.entries.length}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(group.label.length > 44 ? `${group.label.slice(0, 43)}…` : group.label)}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${width}" height="${rowHeight - 6}"></rect>` +
      `<text x="${labelWidth + width + 6}" y="${y + 15}">${group.entries.length}</text></g>`
    );
  });
  return `<svg role="img" aria-labelledby="chart-title" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Findings per group</title>${bars.join('')}</svg>`;
}

function options(values: readonly { value: string; label: string }[]): string {
  return [
    '<option value="">all</option>',
    ...values.map((item) => `<option value="${escapeHtml(item.value)}">${escapeHtml(item.label)}</option>`),
  ].join('');
}

const style = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem}
svg text{font:12px system-ui,sans-serif;fill:#1f2328}svg rect{fill:#0969da}
form{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:1rem 0}
label{display:flex;flex-direction:column;font-weight:600;gap:.2rem}
select,input,button{font:inherit;padding:.25rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.msg{word-break:break-word}code{font-size:.9em}
.error{color:#cf222e}.warning{color:#9a6700}
:focus-visible{outline:3px solid #0969da;outline-offset:2px}`;

// Rows are built with textContent and setAttribute only: no text from the data reaches innerHTML.
const script = `(function(){
var data=JSON.parse(document.getElementById('report-data').textContent);
var page=0,size=200,rows=data.rows;
var sel={group:document.getElementById('f-group'),rule:document.getElementById('f-rule'),outcome:document.getElementById('f-outcome'),status:document.getElementById('f-status'),text:document.getElementById('f-text')};
var body=document.getElementById('rows'),count=document.getElementById('visible-count'),prev=document.getElementById('prev'),next=document.getElementById('next');
function matches(r){var t=sel.text.value.toLowerCase();return(!sel.group.value||r.g===sel.group.value)&&(!sel.rule.value||r.r===sel.rule.value)&&(!sel.outcome.value||r.o===sel.outcome.value)&&(!sel.status||!sel.status.value||r.n===sel.status.value)&&(!t||(r.p+' '+r.m).toLowerCase().indexOf(t)!==-1);}
function cell(tr,text,cls){var td=document.createElement('td');if(cls)td.className=cls;if(text!==null)td.textContent=text;tr.appendChild(td);return td;}
function render(){var shown=rows.filter(matches);var pages=Math.max(1,Math.ceil(shown.length/size));if(page>=pages)page=pages-1;
body.textContent='';var slice=shown.slice(page*size,page*size+size);
for(var i=0;i<slice.length;i++){var r=slice[i];var tr=document.createElement('tr');
var where=cell(tr,null);if(r.u){var a=document.createElement('a');a.href=r.u;a.textContent=r.p+':'+r.l;where.appendChild(a);}else where.textContent=r.p+':'+r.l;
cell(tr,data.groups[r.g]||r.g);cell(tr,r.r);cell(tr,r.o,r.o);cell(tr,r.m,'msg');
var s=cell(tr,r.s===null?'':r.s);var f=cell(tr,null);if(r.f!==null){var c=document.createElement('code');c.textContent=r.f;f.appendChild(c);}
if(data.status)cell(tr,r.n||'');body.appendChild(tr);}
count.textContent=shown.length+' of '+rows.length+' finding(s) shown'+(shown.length>size?', page '+(page+1)+' of '+pages:'');
prev.disabled=page===0;next.disabled=page>=pages-1;}
['group','rule','outcome','status'].forEach(function(k){if(sel[k])sel[k].addEventListener('change',function(){page=0;render();});});
sel.text.addEventListener('input',function(){page=0;render();});
prev.addEventListener('click',function(){page--;render();});next.addEventListener('click',function(){page++;render();});
document.getElementById('filters').addEventListener('submit',function(e){e.preventDefault();});
render();})();`;

/** Renders the model as one self-contained page: no request leaves it. */
export function htmlReport(model: ReportModel, reporterOptions: ReporterOptions): string {
  const rules = [...new Set(model.entries.map((entry) => entry.finding.ruleId ?? '(none)'))].sort();
  const data = {
    status: model.withStatus,
    groups: Object.fromEntries(model.groups.map((group) => [group.key, group.label])),
    rows: model.entries.map((entry) => ({
      p: entry.path,
      l: entry.finding.start?.line ?? 0,
      u: entry.link,
      g: entry.group.key,
      r: entry.finding.ruleId ?? '(none)',
      o: entry.finding.severity,
      m: entry.finding.reason,
      s: entry.suggestion,
      f: entry.fix,
      n: entry.status ?? null,
    })),
  };
  const where = reporterOptions.repository
    ? ` of ${reporterOptions.repository}${reporterOptions.ref ? `@${reporterOptions.ref}` : ''}`
    : '';
  const groupBy = reporterOptions.groupBy ?? 'directory';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>devguide lint report${escapeHtml(where)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>devguide lint report${escapeHtml(where)}</h1>
<p>${model.entries.length} finding(s) in ${model.files} file(s): ${model.counts.error} error(s), ${model.counts.warning} warning(s), ${model.counts.info} info(s)${model.withStatus ? `; <span id="baseline-counts">${model.fresh} new, ${model.unchanged} unchanged, ${model.fixed.length} fixed</span> against the baseline` : ''}.</p>
<h2 id="by-group">Findings per ${escapeHtml(groupBy)}</h2>
${barChart(model)}
<h2 id="findings">Findings</h2>
<form id="filters" role="search" aria-label="Filter findings">
<label for="f-group">${escapeHtml(groupBy)}<select id="f-group">${options(model.groups.map((group) => ({ value: group.key, label: `${group.label} (${group.entries.length})` })))}</select></label>
<label for="f-rule">rule<select id="f-rule">${options(rules.map((rule) => ({ value: rule, label: rule })))}</select></label>
<label for="f-outcome">outcome<select id="f-outcome">${options(['error', 'warning', 'info'].map((value) => ({ value, label: value })))}</select></label>
${model.withStatus ? `<label for="f-status">status<select id="f-status">${options(['new', 'unchanged'].map((value) => ({ value, label: value })))}</select></label>\n` : ''}<label for="f-text">text<input id="f-text" type="search"></label>
</form>
<p id="visible-count" aria-live="polite"></p>
<table>
<caption>Findings, by group and file</caption>
<thead><tr><th scope="col">where</th><th scope="col">${escapeHtml(groupBy)}</th><th scope="col">rule</th><th scope="col">outcome</th><th scope="col">message</th><th scope="col">suggestion</th><th scope="col">fix</th>${model.withStatus ? '<th scope="col">status</th>' : ''}</tr></thead>
<tbody id="rows"></tbody>
</table>
<nav aria-label="Pages"><button type="button" id="prev">previous page</button> <button type="button" id="next">next page</button></nav>
</main>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

/** `--format html`: one self-contained page with a chart per group, filters and every finding. */
export const html: Reporter = (files, reporterOptions) =>
  htmlReport(buildReport(files, reporterOptions), reporterOptions);
