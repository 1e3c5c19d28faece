export { checkContent, type CheckOptions } from './check-content.ts';
export { formatProblem, formatReport, type Problem } from './problem.ts';
