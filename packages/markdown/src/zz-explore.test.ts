import { readFileSync } from 'node:fs';
import { corpus } from '@devguide/testkit';
import { it } from 'vitest';
import { guidePath, seedSite, upstreamResolve } from '../test/context.js';
import { parseGuide } from './parse-guide.js';
import { renderGuide } from './render-guide.js';
import { applyEdits } from './edits.js';

it('dump', () => {
  const readme = readFileSync(`${corpus.communityDir}/${guidePath}`, 'utf8');
  const g = parseGuide(readme, { path: guidePath, resolve: upstreamResolve });
  const r = applyEdits(g, [{ op: 'set', entry: 'Getting Kubernetes Builds', set: { description: 'How to get builds.' } }, { op: 'set', entry: 'Admission Control Plugins', set: { description: 'Admission.' } }], upstreamResolve);
  const out = renderGuide(r.guide, { form: 'upstream', site: seedSite });
  console.log('DESC', r.results.map(x => x.outcome), JSON.stringify(out.split('\n').filter(l => l.includes('Getting Kubernetes Builds') || l.includes('Admission Control Plugins'))));
  const r2 = applyEdits(g, [{ op: 'set', entry: 'REST API documentation', set: { title: 'REST API' } }], upstreamResolve);
  console.log('PROSE', JSON.stringify(renderGuide(r2.guide, { form: 'upstream', site: seedSite }).split('\n').find(l => l.includes('REST API'))));
});
