import { readFileSync } from 'node:fs';
import { pageForLanguage } from './client/src/ruleHelpText';
const p = readFileSync(process.argv[2]!, 'utf8');
console.log(pageForLanguage(p, process.argv[3] as 'en' | 'ko'));
