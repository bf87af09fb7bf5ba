// An optional English stop-word list for distinctive words, off by default: the weighted log-odds
// with an informative prior (keyness.ts) is built so that frequent function words do not dominate
// without a list (Monroe, Colaresi & Quinn 2008 argue against ad hoc stop lists), and a list can hide
// real differences ("we" against "they" in framing).
// When a researcher wants one anyway, this is it: the closed-class words of English (articles and
// determiners, personal, possessive, reflexive, relative and demonstrative pronouns, prepositions,
// conjunctions, auxiliary and modal verbs and their contractions, and a few adverbs of degree and
// negation), the categories lists such as Snowball's English list draw on, written out here by
// category rather than copied from one. Lower case, as the words are counted; contractions with
// both apostrophes (’ and ').
const BY_CATEGORY = {
  articlesAndDeterminers: 'a an the this that these those each every either neither some any no all both few many much more most other another such what which whose own same',
  personalPronouns: 'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves',
  relativeAndInterrogative: 'who whom whoever whatever whichever where when why how whether',
  prepositions:
    'about above across after against along among around as at before behind below beneath beside between beyond by down during except for from in inside into like near of off on onto out outside over past since through throughout till to toward towards under underneath until up upon with within without via per',
  conjunctions: 'and but or nor so yet if then than because although though while whereas unless once also',
  auxiliariesAndModals:
    'am is are was were be been being have has had having do does did doing will would shall should can could may might must ought',
  contractions:
    "i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll it's it'd we're we've we'd we'll they're they've they'd they'll that's there's here's what's who's isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's",
  adverbsOfDegreeAndNegation: 'not very too just only even still again further here there now ever really quite rather almost',
};

function withBothApostrophes(words: string[]): string[] {
  return words.flatMap((word) => (word.includes("'") ? [word, word.replace(/'/g, '’')] : [word]));
}

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(withBothApostrophes(Object.values(BY_CATEGORY).join(' ').split(/\s+/)));
