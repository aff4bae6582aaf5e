package dev.citebot.retrieve;

/** What kind of answer a question wants; it decides which sentence features count. */
public enum QuestionType {
    /** "Who said …?", "Which newspaper reported …?": wants a speaker. */
    WHO,
    /** "What did X say / warn?", "What is X's position?": wants X's words. */
    WHAT_SAID,
    WHEN,
    WHY,
    WHERE,
    /** "How many …?", "How much …?", "How old …?": wants a number. */
    HOW_MANY,
    /** "How long …?": wants a duration or a length. */
    HOW_LONG,
    OTHER
}
