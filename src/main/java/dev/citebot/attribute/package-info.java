/**
 * Who is speaking in a news sentence, and what they say: {@link dev.citebot.attribute.SpeakerFinder} and its
 * rule-based implementation {@link dev.citebot.attribute.RuleSpeakerFinder}, the
 * {@link dev.citebot.attribute.AttributionExtractor} that reads every attribution of an article (speech, and the
 * beliefs, intentions, evidence and stances PolNeAR counts as attributions, each cue verb in the frame its
 * complement fits), and the stored {@link dev.citebot.attribute.AttributionIndex}, all driven by the word lists of a
 * {@link dev.citebot.attribute.Lexicon}.
 */
package dev.citebot.attribute;
