/**
 * The parser: one design's lines → a Design with its syntax and reference
 * findings. statements.ts reads each line, values.ts checks attribute values,
 * names.ts resolves the names used once all are declared. The model's
 * parseDesign (model/design.ts) applies the technology profiles after it.
 */
export { parseSyntax, type DesignSource } from './statements';
