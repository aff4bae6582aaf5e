/**
 * The one text model every other layer reads text with: what counts as white space ({@link dev.citebot.text.Spaces}),
 * which characters are quotation marks, apostrophes and dashes ({@link dev.citebot.text.Marks}), how text is folded
 * so that typographic variants compare equal ({@link dev.citebot.text.Folding}, {@link dev.citebot.text.FoldedText}),
 * where words begin and end ({@link dev.citebot.text.Words}), which full stops close an abbreviation
 * ({@link dev.citebot.text.Abbreviations}) and the bundled word lists ({@link dev.citebot.text.WordLists}).
 * It depends on nothing else in citebot.
 */
package dev.citebot.text;
