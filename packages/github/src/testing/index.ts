export {
  startFakeGitHub,
  type Fault,
  type FakeGitHub,
  type FakeGitHubOptions,
  type RecordedRequest,
} from './fake-github.js';
export { buildRepo, commitStep, gitIn, type CommitStep } from './repo-history.js';
export {
  startFakeWorld,
  type FakeWorld,
  type FakeWorldOptions,
  type WorldFault,
  type WorldRepository,
  type WorldRequest,
} from './fake-world.js';
