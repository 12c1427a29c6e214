/**
 * Cue lists for years-of-experience figures. Regex sources, matched case-insensitively on the text right before
 * or right after a figure ("5+ years") inside one unit. Bounded repeats only.
 */

/** Text right before a figure (anchored at its end) that makes it a time window, not an amount of experience. */
export const NOT_EXPERIENCE_BEFORE: readonly string[] = [
  '\\b(?:within|in|over|during|for|from) (?:the |a )?(?:last|past|next|first|previous|coming) $',
  '\\b(?:last|past|next|first|every|each|per|after|within|ago|recent) $',
  '\\bnot to exceed $', '\\bup to $', '\\bexpires? in $', '\\bage(?:d)? $', '\\bages? (?:of )?$',
  // Company age: "for more than 50 years", "for over 30 years", "since 20 years".
  '\\bfor (?:more than |over |nearly |almost |about |well over |the )?$', '\\bsince $', '\\bcelebrat\\w{0,5} (?:our |its )?$',
  // Funding and appointment periods: "funded for up to 2 years", "a period of 2 years", "renewable for 3 years".
  '\\b(?:funded|funding|supported|support|appointed|appointment|renewable|renewed|extended|guaranteed) (?:for )?(?:up to |an? (?:additional |further )?|the first |a (?:total|period|term) of )?$',
  // "a fixed term position of 4 to 6 years", "the period of employment is 3 years" ("a similar position of 3 years",
  // "employment of 3+ years as an analyst" are experience).
  '\\b(?:period|term|duration|tenure|professorship|fellowship|scholarship|studentship) of (?:up to )?$',
  '\\b(?:fixed[ -]term|temporary|time[ -]limited|limited)\\s(?:[a-z]{1,15}\\s)?(?:position|post|contract|appointment|employment) of (?:up to )?$',
  '\\bperiod of employment (?:is|will be) (?:up to )?$',
];

/** Text right after the time unit that makes the figure something other than experience. */
export const NOT_EXPERIENCE_AFTER: readonly string[] = [
  '^-?old\\b', '^ old\\b', '^ of age\\b', '^ ago\\b',
  // "30 years in business", but "4 or more years in Business Intelligence" is a field of work.
  '^ in business\\b(?! ?(?:intelligence|analy|development|operations|process|strateg|systems|administration|management|consulting|roles?\\b|functions?\\b))', '^ anniversary\\b', '^ warranty\\b',
  '^[ -](?:contract|project|assignment|engagement|position|role|term|lease|appointment|program|programme|course|internship|fellowship|residency|plan|period|commitment|grant|award|stipend|scholarship|funding|funded|postdoc|postdoctoral (?:position|appointment|fellowship))\\b',
  // Funding: "three years of full support", "two years of funding".
  '^ of (?:full |guaranteed |financial |salary |research |stipend )?(?:support|funding|stipends?|salary|tuition|fellowship)\\b',
  '^[ -](?:college |university |bachelor\'?s? |undergraduate |accredited )?(?:degree|diploma|institution|school)',
  '^ of (?:college|university|school|schooling|education|study|studies|coursework|age|history|tradition|innovation|service to|operation|growth|excellence|success|heritage)\\b',
  '^ (?:history|tradition|track record)\\b', '^ (?:in|into) (?:the|our) (?:future|making)\\b', '^ (?:later|earlier|prior to (?:the|your) (?:date|application))\\b',
  '^ (?:from|after) (?:the )?(?:date|start|hire|appointment|graduation)\\b', '^ (?:out of|of the past)\\b',
  '^[ -](?:college|university|institution|school|program)\\b', '^ (?:of )?(?:experience )?credit\\b', '^ (?:of )?combined\\b',
  // Benefits: "2 months paid parental leave", "12 weeks of paid leave".
  '^ (?:of )?(?:fully )?(?:paid|unpaid|parental|maternity|paternity|vacation|leave|pto|sabbatical|holidays?|off)\\b',
];

/** Before a figure: a company's own age ("an organization with more than 30 years of experience"). */
export const COMPANY_AGE_BEFORE =
  '\\b(?:they|it|we|the company|the firm|the business|the client|our client)\\s{1,2}(?:have|has|boasts?|brings?)\\s{1,2}(?:(?:more than|over|nearly|almost|about)\\s{1,2})?$|\\b(?:organi[sz]ation|company|firm|agency|institution|practice|we|our team|our company)\\s{1,2}(?:[a-z\'-]{1,15}\\s{1,2}){0,3}(?:with|has|have|brings?|boasts?)\\s{1,2}(?:more than|over|nearly|almost|about)\\s{1,2}$';

/** A unit that says any of these is about experience ("3+ years of Python experience"). */
export const EXPERIENCE_WORDS = '\\b(?:experience[ds]?|expertise|work history|track record)\\b';

/**
 * Words right after a figure that make it someone's working time even without the word "experience"
 * ("5+ years in web analytics", "2+ years doing data design", "7+ years working with data").
 */
export const ACTIVITY_AFTER = '^\\s{0,2}(?:of|in|with|doing|working|developing|building|designing|programming|coding|writing|using|leading|managing|hands-on|professional|industry|industrial|relevant|related|progressive|post|practical|applied|direct|demonstrated|proven|performing|conducting|as an?)\\b';

/** Words in a unit that make a bare "N years ..." figure read as a statement about the company. */
export const COMPANY_WORDS =
  "\\b(?:we|we've|we're|our|us|founded|established|since|company|(?:our|its|long|rich|proud) history|serving|served|in business(?! ?(?:intelligence|analy|development|operations|process|strateg|systems))|customers|clients|has been|have been|has grown)\\b";

/**
 * Before a figure: a degree it is joined to ("BS with 2+ years", "MS and 0-3 years", "PhD + 2 years"), which makes
 * it the candidate's experience even when the unit never says "experience". Matched on the 40 characters before.
 */
export const DEGREE_BEFORE_FIGURE =
  "\\b(?:degrees?|bachelor(?:'?s)?|masters?(?:'s)?|ph\\.?\\s?d\\.?|doctorate|[BM]\\.?[SA]\\.?|MBA|M\\.?Sc|B\\.?Sc)\\s{0,2}(?:,\\s{0,2})?(?:with|and|plus|\\+)\\s{1,2}(?:(?:at least|a minimum of|minimum of|minimum|over|more than)\\s{1,2})?$";

/** Connectors for "years with a Bachelor's" / "post-PhD" pairings. */
export const POST_DEGREE = '\\bpost[ -]?$';
