/**
 * The words the pipeline reads attributions by: verbs of saying in all their forms,
 * titles and honorifics that precede names, the heads of organisation names, pronouns.
 * English news first (the verb list follows the reporting verbs of PARC 3.0 that the
 * Gender Gap Tracker also uses), plus the literal verbs machine translation leaves in the
 * French seeds ("shade", "slice": nuance, tranche), which are read only right after a quote.
 */

/** Reporting verbs: base form, third person, past, gerund (irregular forms spelled out). */
const VERB_FORMS: ReadonlyArray<readonly string[]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['add', 'adds', 'added', 'adding'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['post', 'posts', 'posted'],
  ['state', 'states', 'stated', 'stating'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['note', 'notes', 'noted', 'noting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['warn', 'warns', 'warned', 'warning'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['answer', 'answers', 'answered', 'answering'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['report', 'reports', 'reported', 'reporting'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['riff', 'riffs', 'riffed', 'riffing'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['charge', 'charges', 'charged', 'charging'],
  ['counter', 'counters', 'countered', 'countering'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['observe', 'observes', 'observed', 'observing'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['urge', 'urges', 'urged', 'urging'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['scream', 'screams', 'screamed', 'screaming'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['ask', 'asks', 'asked', 'asking'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['affirm', 'affirms', 'affirmed', 'affirming'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['confide', 'confides', 'confided', 'confiding'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['label', 'labels', 'labeled', 'labelled', 'labeling'],
  ['brand', 'brands', 'branded', 'branding'],
  ['decry', 'decries', 'decried', 'decrying'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticised'],
  ['praise', 'praises', 'praised', 'praising'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['mock', 'mocks', 'mocked', 'mocking'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['repeat', 'repeats', 'repeated', 'repeating'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing'],
  ['snap', 'snaps', 'snapped', 'snapping'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['muse', 'muses', 'mused', 'musing'],
  ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['interject', 'interjects', 'interjected'],
  ['agree', 'agrees', 'agreed', 'agreeing'],
  ['apologize', 'apologizes', 'apologized', 'apologizing'],
  ['contend', 'contends', 'contended', 'contending'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['disclose', 'discloses', 'disclosed'],
  ['email', 'emails', 'emailed'],
  ['text', 'texted'],
  ['hint', 'hints', 'hinted'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['object', 'objected'],
  ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  ['protest', 'protested'],
  ['reason', 'reasoned'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['speculate', 'speculates', 'speculated'],
  ['whisper', 'whispers', 'whispered'],
  ['cry', 'cried'],
  ['thunder', 'thundered'],
  ['gush', 'gushed'],
  ['rail', 'railed'],
  ['fume', 'fumed'],
  ['sigh', 'sighed'],
  ['laugh', 'laughed'],
  ['read', 'reads'],
  ['estimate', 'estimates', 'estimated'],
  ['analyze', 'analyzes', 'analyzed', 'analyse', 'analyses', 'analysed'],
  ['judge', 'judges', 'judged'],
  ['consider', 'considers', 'considered'],
  ['believe', 'believes', 'believed'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['react', 'reacts', 'reacted'],
  ['welcome', 'welcomes', 'welcomed'],
  ['threaten', 'threatens', 'threatened', 'threatening'],
  ['insinuate', 'insinuated'],
  ['offer', 'offered'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['echo', 'echoes', 'echoed', 'echoing'],
  ['release', 'releases', 'released'],
  ['issue', 'issued'],
  ['quote', 'quoted'],
  ['go on', 'goes on', 'went on', 'going on'],
  ['point out', 'points out', 'pointed out', 'pointing out'],
  ['shoot back', 'shoots back', 'shot back'],
  ['fire back', 'fires back', 'fired back', 'firing back'],
  ['chime in', 'chimes in', 'chimed in'],
  ['weigh in', 'weighs in', 'weighed in'],
  ['spell out', 'spelled out'],
  ['pressed', 'presses'],
  ['tout', 'touts', 'touted', 'touting'],
  ['remember', 'remembers', 'remembered'],
  ['support', 'supports', 'supported'],
  ['oppose', 'opposes', 'opposed'],
  ['intimate', 'intimated'],
  ['snipe', 'snipes', 'sniped'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['talk', 'talks', 'talked', 'talking'],
  ['hope', 'hopes', 'hoped'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['lambaste', 'lambasted'],
  ['rip', 'ripped'],
  ['hail', 'hailed'],
  ['question', 'questioned'],
  ['cite', 'cites', 'cited', 'citing'],
  ['refer', 'refers', 'referred', 'referring'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['blame', 'blames', 'blamed', 'blaming'],
  ['bark', 'barks', 'barked'],
  ['coach', 'coached'],
  ['ponder', 'pondered'],
  ['share', 'shares', 'shared'],
  ['joke', 'joked'],
  ['sneer', 'sneered'],
  ['marvel', 'marveled', 'marvelled'],
  ['concur', 'concurred'],
  ['bemoan', 'bemoans', 'bemoaned'],
  ['chide', 'chides', 'chided', 'chiding'],
  ['sing', 'sings', 'sang', 'singing'],
  ['exhort', 'exhorts', 'exhorted'],
  ['retaliate', 'retaliated'],
  ['elaborate', 'elaborates', 'elaborated'],
  ['grumble', 'grumbles', 'grumbled'],
  ['gripe', 'gripes', 'griped'],
  ['scold', 'scolds', 'scolded'],
  ['rebuke', 'rebuked'],
  ['opine', 'opines', 'opined'],
  ['deadpan', 'deadpanned'],
  ['lash out', 'lashed out'],
  ['attack', 'attacks', 'attacked'],
  ['list', 'lists', 'listed'],
  ['recognize', 'recognizes', 'recognized'],
  ['beam', 'beams', 'beamed'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['lament', 'lamented'],
  ['demur', 'demurred'],
  ['characterize', 'characterizes', 'characterized', 'characterise', 'characterised'],
  ['describe', 'described'],
  ['acknowledge', 'acknowledged'],
];

/** The base form of each reporting verb ("say", "argue"): a cue only after a plural subject ("Aides say", "Critics argue"). */
export const BASE_FORMS: ReadonlySet<string> = new Set(VERB_FORMS.map((forms) => forms[0]!));

/** Every form of a reporting verb, longest first (so a pattern prefers "saying" to "say"). */
export const SPEECH_VERBS: readonly string[] = [...new Set(VERB_FORMS.flat())].sort((a, b) => b.length - a.length || a.localeCompare(b));

/**
 * Literal translations of French reporting verbs in the seeds ("shade" for nuance, "slice"
 * for tranche, "book" for livre, "we slip" for glisse-t-on, "press" for presse). Common
 * English words otherwise, so they are cues only right after a closing mark.
 */
export const TRANSLATED_CUES: readonly string[] = ['shade', 'slice', 'book', 'slip', 'press', 'explain'];

/**
 * Verbs that report speech only sometimes ("Clinton supports “appropriate pay raises”",
 * but "his listeners supported his candidacy"): a cue only right before the quotation.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'support', 'supports', 'supported', 'oppose', 'opposes', 'opposed', 'share', 'shares', 'shared', 'hope', 'hopes', 'hoped',
  'consider', 'considers', 'considered', 'believe', 'believes', 'believed', 'talk', 'talks', 'talked', 'talking',
  'remember', 'remembers', 'remembered', 'release', 'releases', 'released', 'issue', 'issued', 'offer', 'offered',
  'estimate', 'estimates', 'estimated', 'judge', 'judges', 'judged', 'analyze', 'analyzes', 'analyzed', 'question',
  'questioned', 'cite', 'cites', 'cited', 'citing', 'refer', 'refers', 'referred', 'referring', 'blame', 'blames', 'blamed',
  'blaming', 'mention', 'mentions', 'mentioned', 'mentioning', 'go on', 'goes on', 'went on', 'going on', 'welcome',
  'welcomes', 'welcomed', 'praise', 'praises', 'praised', 'attack', 'attacks', 'attacked', 'list', 'lists', 'listed',
]);

/** Every word that may stand right after a closing quote mark as its cue ("…”, said X", "…”she adds", "…”we press"). */
export const CUES_AFTER_QUOTE: readonly string[] = [...SPEECH_VERBS, ...TRANSLATED_CUES];

/** Verbs whose following name is their object ("told Putin"), never an inverted subject ("said Putin"). */
export const TAKES_OBJECT: ReadonlySet<string> = new Set([
  'told', 'tells', 'tell', 'telling', 'accused', 'accuses', 'accusing', 'described', 'describes', 'describing',
  'promising', 'called', 'calls', 'calling', 'dubbed', 'labeled', 'labelled', 'branded', 'praised', 'blasted', 'slammed',
  'criticized', 'criticised', 'mocked', 'welcomed', 'denounced', 'denounces', 'decried', 'threatened', 'thanked',
]);

/** Subject pronouns that can stand for a speaker. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Honorifics that give a person's gender. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['Mr.', 'male'], ['Mr', 'male'], ['Mrs.', 'female'], ['Mrs', 'female'], ['Ms.', 'female'], ['Ms', 'female'],
  ['Miss', 'female'], ['Sir', 'male'], ['Dame', 'female'], ['Lord', 'male'], ['Lady', 'female'], ['Dr.', null], ['Dr', null],
  ['Prof.', null], ['Rev.', null], ['M.', 'male'], ['Mme', 'female'], ['Mme.', 'female'],
]);

/**
 * Capitalised words that stand before a name as its title ("Sen. Elizabeth Warren",
 * "Secretary of Homeland Security Jeh Johnson"); they are set aside from the name and
 * kept as the person's role.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President', 'President-elect', 'Vice', 'Sen.', 'Senator', 'Sens.', 'Rep.', 'Reps.', 'Representative', 'Congressman',
  'Congresswoman', 'Gov.', 'Governor', 'Lt.', 'Mayor', 'Secretary', 'Attorney', 'General', 'Gen.', 'Speaker', 'Leader',
  'Majority', 'Minority', 'Whip', 'Chief', 'Justice', 'Judge', 'Adm.', 'Admiral', 'Col.', 'Colonel', 'Maj.', 'Major',
  'Sgt.', 'Sergeant', 'Capt.', 'Captain', 'Cmdr.', 'Commander', 'Chancellor', 'Prime', 'Minister', 'Foreign', 'Defense',
  'Defence', 'Press', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Ambassador', 'Professor', 'Pope', 'King', 'Queen',
  'Prince', 'Princess', 'Former', 'Retired', 'Ret.', 'Democratic', 'Republican', 'GOP', 'Democrat', 'Independent',
  'Libertarian', 'Green', 'Nominee', 'Candidate', 'Officer', 'Agent', 'Sheriff', 'Deputy', 'Assistant',
  'Acting', 'Interim', 'State', 'Homeland', 'Security', 'Treasury', 'Labor', 'Energy', 'Commerce', 'Education',
  'Agriculture', 'Transportation', 'Health', 'Human', 'Services', 'Interior', 'Veterans', 'Affairs', 'Housing',
  'Urban', 'Development', 'Finance', 'Economy', 'Federal', 'Reserve', 'Senate', 'House', 'Council', 'U.S.', 'US',
  'American', 'French', 'Russian', 'Ukrainian', 'German', 'British', 'Israeli', 'Chinese', 'European', 'Mexican',
  'Canadian', 'Iranian', 'Syrian', 'Turkish', 'Italian', 'Spanish', 'Japanese', 'Indian', 'Cuban', 'Palestinian',
  'Defense', 'Staff', 'Communications', 'Campaign', 'Manager', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'CEO',
  'Executive', 'Founder', 'Editor', 'Host', 'Anchor', 'Reverend', 'Rabbi', 'Bishop', 'Archbishop', 'Cardinal', 'Father',
  'Sister', 'Brother', 'Dr.', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Sir', 'Dame', 'Lord', 'Lady', 'Prof.', 'Rev.', 'M.',
  'Mme', 'Mme.', 'Mr', 'Mrs', 'Ms', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'First', 'Lady', 'Emeritus', 'Delegate', 'Del.',
  'Comptroller', 'Treasurer', 'Auditor', 'Commissioner', 'Superintendent', 'Chairperson', 'Trustee', 'Mayor-elect',
  'Undersecretary', 'Under-Secretary', 'Envoy',
]);

/** Lower-case words that make a premodifying title ("Clinton campaign spokesman Brian Fallon", "election law expert Rick Hasen"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'strategist', 'pollster', 'manager',
  'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'senator', 'congressman', 'congresswoman',
  'representative', 'governor', 'mayor', 'president', 'candidate', 'nominee', 'hopeful', 'contender', 'frontrunner',
  'front-runner', 'leader', 'official', 'officer', 'executive', 'founder', 'ceo', 'host', 'anchor', 'columnist',
  'reporter', 'correspondent', 'journalist', 'editor', 'writer', 'author', 'economist', 'analyst', 'expert',
  'scholar', 'professor', 'historian', 'researcher', 'scientist', 'lawyer', 'attorney', 'judge', 'businessman',
  'businesswoman', 'billionaire', 'developer', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'star',
  'activist', 'organizer', 'lobbyist', 'consultant', 'operative', 'surrogate', 'supporter', 'donor', 'fundraiser',
  'ambassador', 'minister', 'diplomat', 'general', 'commander', 'sheriff', 'chief', 'deputy', 'commissioner',
  'member', 'partner', 'head', 'pastor', 'priest', 'rabbi', 'imam', 'bishop', 'coach', 'player', 'owner', 'physician',
  'doctor', 'nurse', 'student', 'voter', 'resident', 'veteran', 'mother', 'father', 'wife', 'husband', 'son',
  'daughter', 'sister', 'brother', 'friend', 'colleague', 'lawmaker', 'legislator', 'politician', 'mogul', 'tycoon',
  'chancellor', 'speaker', 'whip', 'delegate', 'elector', 'staffer', 'employee', 'worker', 'trustee', 'treasurer',
  'blogger', 'commentator', 'pundit', 'critic', 'producer', 'publisher', 'moderator', 'panelist', 'investigator',
  'prosecutor', 'detective', 'agent', 'inspector', 'auditor', 'counsel', 'attaché', 'envoy', 'negotiator', 'mediator',
]);

/** Words that make a capitalised name an organisation ("Democratic National Committee", "The Washington Post"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'Party', 'Committee', 'Department', 'Agency', 'Bureau', 'Commission', 'Council', 'Institute', 'Institution',
  'University', 'College', 'School', 'Center', 'Centre', 'Foundation', 'Association', 'Union', 'Corporation', 'Corp.',
  'Corp', 'Inc.', 'Inc', 'Company', 'Co.', 'Group', 'News', 'Times', 'Post', 'Journal', 'Tribune', 'Herald', 'Press',
  'Network', 'Channel', 'Radio', 'TV', 'Television', 'Magazine', 'Daily', 'Review', 'Weekly', 'Gazette', 'Examiner',
  'Observer', 'Guardian', 'Telegraph', 'Chronicle', 'Globe', 'Register',
  'Ministry', 'Office', 'Service', 'Administration', 'Court', 'Congress', 'Senate', 'Assembly', 'Parliament',
  'Campaign', 'Bank', 'Fund', 'Reserve', 'Board', 'Authority', 'Organization', 'Organisation', 'Alliance', 'Coalition',
  'Caucus', 'Club', 'Project', 'Society', 'Laboratory', 'Laboratories', 'Airlines', 'Police', 'Army', 'Navy', 'Force',
  'Guard', 'Corps', 'Federation', 'League', 'Conference', 'Forum', 'Trust', 'Partners', 'Associates', 'Industries',
  'Enterprises', 'Holdings', 'Ltd', 'Ltd.', 'LLC', 'PAC', 'Super', 'Action', 'Watch', 'Initiative', 'Movement',
  'Coalition', 'Network', 'Media', 'Communications', 'Studios', 'Pictures', 'Records', 'Entertainment', 'Institute',
  'Services', 'Affairs', 'Kremlin', 'Pentagon', 'Elysée', 'Elysee', 'Élysée', 'Quinnipiac', 'Gallup', 'Reuters', 'Bloomberg', 'WikiLeaks',
  'Politifact', 'PolitiFact', 'Twitter', 'Facebook', 'Google', 'Amazon', 'Apple', 'Microsoft', 'Breitbart',
  'Politico', 'HuffPost', 'BuzzFeed', 'Axios', 'Vox', 'Slate', 'Salon', 'CNN', 'NBC', 'ABC', 'CBS', 'MSNBC', 'Fox',
  'NPR', 'PBS', 'BBC', 'AP', 'AFP', 'RT', 'FBI', 'CIA', 'NSA', 'DHS', 'DOJ', 'EPA', 'IRS', 'NATO', 'UN', 'EU', 'DNC',
  'RNC', 'GOP', 'NRA', 'ACLU', 'IMF', 'OPEC', 'Cabinet', 'Government', 'Legislature', 'Secretariat', 'Embassy',
  'Consulate', 'Mission', 'Delegation', 'Team', 'Times-Picayune', 'Journal-Constitution', 'Book', 'Report', 'Poll',
  'Survey', 'Study',
]);

/** Organisations the text may name with one word or with "the". */
export const KNOWN_ORGANISATIONS: ReadonlySet<string> = new Set([
  'Kremlin', 'Pentagon', 'White House', 'Elysée', 'Elysee', 'Élysée', 'WikiLeaks', 'Wikileaks', 'Politifact',
  'PolitiFact', 'Twitter', 'Facebook', 'Google', 'Reuters', 'Bloomberg', 'Gallup', 'Quinnipiac', 'Breitbart',
  'Politico', 'HuffPost', 'BuzzFeed', 'Congress', 'Senate', 'Vatican', 'Downing Street', 'Capitol Hill', 'Interpol',
  'Europol', 'Amnesty International', 'Greenpeace', 'Hamas', 'Hezbollah', 'Taliban', 'Gazprom', 'Rosatom', 'Fed',
  'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Al Qaeda', 'al-Qaeda', 'Planned Parenthood', 'Medicare', 'Medicaid',
]);

/** Capitalised words that open sentences without naming anyone ("But", "When", "Top"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'The A An As But And Or Nor So Yet When While If In On At For With Without After Before Since Until Unlike Like ' +
    'This That These Those It Its He His She Her They Their Them We Our Us I My Me You Your There Here What Who Whom ' +
    'Whose Why How Where Which Meanwhile However Still Then Now Also Even Just Only Some Many Most All Both Each Every ' +
    'No Not None One Two Three Four Five Six Seven Eight Nine Ten Asked According Among During Despite Although ' +
    'Though Because Later Earlier Last Next Once Instead Indeed Perhaps Maybe Yes Thus Hence Yesterday Today Tonight ' +
    'Tomorrow Sources Speaking Asked Told Reporting Writing Top Inside Outside Across Behind Beyond Under Over Through ' +
    'From To By Of Off Up Down Out Into Onto Upon About Above Below Around Against Along Amid Toward Towards Via ' +
    'Whether Whatever Whoever Wherever Whenever Another Other Such Several Few Much More Less Least Any Either ' +
    'Neither Whereas Overall Already Again Ever Never Always Often Sometimes Recently Finally Further Furthermore ' +
    'Moreover Nevertheless Nonetheless Otherwise Regardless Similarly Likewise Specifically Actually Clearly Certainly ' +
    'Apparently Obviously Ultimately Initially Currently Previously Originally Fortunately Unfortunately Interestingly ' +
    'Importantly Surprisingly Notably Separately Elsewhere Together Alone Well Oh Please Thank Thanks Let Dear ' +
    'Watch Read See Click Follow Sign Share Subscribe Get Add Join Related Photo Video Image Credit Editor Note Update ' +
    'Said Says Added Stated Continued Wrote Asked Told Noted Explained Replied Responded Quipped Declared ' +
    'Breaking Exclusive Analysis Opinion Commentary Full Text Abstract Hours Days Weeks Months Years Minutes ' +
    'Moments Decades Seconds Nights Mornings Afterward Afterwards Ahead'
  ).split(' '),
);

/** Months and weekdays: capitalised, never a speaker. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'January February March April May June July August September October November December Jan. Feb. Mar. Apr. ' +
    'Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas ' +
    'Easter Thanksgiving Halloween Ramadan Hanukkah'
  ).split(' '),
);

/**
 * Places: countries, US states and large cities. A place is not a person; it speaks only
 * by metonymy, as the subject of a verb of saying ("Moscow said"), and is then read as the
 * organisation it stands for.
 */
export const PLACES: ReadonlySet<string> = new Set(
  (
    'Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium ' +
    'Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus ' +
    'Czechia Denmark Ecuador Egypt England Estonia Ethiopia Europe Finland France Georgia Germany Ghana Greece ' +
    'Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan ' +
    'Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Macedonia ' +
    'Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua ' +
    'Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania ' +
    'Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria ' +
    'Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela ' +
    'Vietnam Wales Yemen Zambia Zimbabwe America Africa Asia Crimea Donbas Donbass Chechnya Gaza Kurdistan ' +
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana ' +
    'Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana ' +
    'Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming ' +
    'Washington Moscow Kyiv Kiev Paris London Berlin Rome Madrid Brussels Beijing Tokyo Tehran Damascus Baghdad ' +
    'Jerusalem Ankara Istanbul Warsaw Vienna Geneva Minsk Lugansk Luhansk Donetsk Kharkiv Odessa Mariupol Lviv ' +
    'Zaporizhzhia Chernobyl Versailles Nice Munich Strasbourg Lyon Marseille Chicago Boston Philadelphia Houston ' +
    'Dallas Atlanta Miami Denver Phoenix Seattle Detroit Cleveland Pittsburgh Baltimore Charlotte Orlando Tampa ' +
    'Manhattan Brooklyn Queens Bronx Harlem Hollywood Iowa Ottawa Toronto Montreal Sydney Melbourne Cairo Riyadh ' +
    'Dubai Delhi Mumbai Havana Caracas Kabul Islamabad Seoul Pyongyang Hanoi Manila Jakarta Bangkok Hofstra'
  ).split(' '),
);

/** Multi-word places, matched whole. */
export const PLACE_PHRASES: readonly string[] = [
  'New York', 'New Jersey', 'New Hampshire', 'New Mexico', 'North Carolina', 'South Carolina', 'North Dakota',
  'South Dakota', 'West Virginia', 'Rhode Island', 'Los Angeles', 'San Francisco', 'San Diego', 'Las Vegas',
  'New Orleans', 'Salt Lake City', 'Kansas City', 'St. Louis', 'United States', 'United Kingdom', 'Soviet Union',
  'European Union', 'Middle East', 'Saudi Arabia', 'South Africa', 'North Korea', 'South Korea', 'New Zealand',
  'Hong Kong', 'Sri Lanka', 'Puerto Rico', 'Ground Zero', 'Capitol Hill', 'Wall Street', 'Silicon Valley',
  'Washington D.C.', 'Washington, D.C.', 'District of Columbia',
];

/** Abbreviations whose full stop neither ends a sentence nor a name ("Gov. Kasich", "Sept. 16"). */
export const ABBREVIATION = 'Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Ret|Del|Mt|Ft|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|U\\.S|U\\.N|D\\.C|\\p{Lu}';

/** Nouns for a person that say a gender ("a 29-year-old Berlin woman", "9/11 widow Terry Strada"). */
export const FEMALE_HEADS: ReadonlySet<string> = new Set(['woman', 'mother', 'wife', 'daughter', 'sister', 'girl', 'grandmother', 'widow', 'lady', 'actress', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman']);
export const MALE_HEADS: ReadonlySet<string> = new Set(['man', 'father', 'husband', 'son', 'brother', 'boy', 'grandfather', 'widower', 'actor', 'spokesman', 'chairman', 'congressman', 'businessman']);
