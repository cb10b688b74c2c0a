// Preloaded into remark-cli for remark-lint-no-dead-urls: its `is-online` probe asks public hosts,
// which this offline benchmark cannot reach (the plugin would then skip every URL after a long
// wait). The probe answers "online"; the plugin's link checking itself is unchanged.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === 'is-online') return { url: 'data:text/javascript,export default async function isOnline() { return true }', shortCircuit: true };
  return next(specifier, context);
}`),
);
