/**
 * Who is speaking in a news sentence: {@link dev.citebot.attribute.SpeakerFinder} and its rule-based
 * implementation {@link dev.citebot.attribute.RuleSpeakerFinder}, driven by the word lists of a
 * {@link dev.citebot.attribute.Lexicon}.
 */
package dev.citebot.attribute;
