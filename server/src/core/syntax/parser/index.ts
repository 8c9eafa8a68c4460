/**
 * The parser: one design's lines → a Design with its syntax and reference
 * findings. statements.ts reads each line, values.ts checks attribute values,
 * names.ts resolves the names used once all are declared.
 */
export { parseDesign, type DesignSource } from './statements';
