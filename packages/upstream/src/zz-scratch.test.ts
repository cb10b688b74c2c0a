import { it } from 'vitest';
import { corpus } from '@devguide/testkit';
import { openDirectorySource, snapshotGuide, safeRepoPath } from './index.js';
it('explore', async () => {
  const s = await snapshotGuide(openDirectorySource(corpus.communityDir, { commit: corpus.commit }), { guidePath: 'contributors/devel/README.md', resolve: { repository: 'kubernetes/community', shortlinks: { 'git.k8s.io': 'kubernetes' }, site: { origin: 'https://kubernetes.io', paths: ['/docs/'] } }, edits: [] });
  console.log(JSON.stringify(s.files.map(f => [f.path, f.type, f.sha, f.size, f.anchors?.length])), s.missing, s.commit);
  console.log(JSON.stringify(s.files.find(f => f.path.endsWith('testing.md'))?.anchors));
  for (const p of ['a/', 'a', '', '.', 'a/b/']) { try { console.log(p, safeRepoPath(p)); } catch (e) { console.log(p, String(e)); } }
});
