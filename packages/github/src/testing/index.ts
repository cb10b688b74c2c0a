export {
  startFakeGitHub,
  type Fault,
  type FakeGitHub,
  type FakeGitHubOptions,
  type RecordedRequest,
} from './fake-github.js';
export { buildRepo, commitStep, gitIn, type CommitStep } from './repo-history.js';
