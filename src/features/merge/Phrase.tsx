// The shared sentence with isolated values: each value breaks where a reader expects.
export { Phrase } from '../../ui/Phrase.tsx';
