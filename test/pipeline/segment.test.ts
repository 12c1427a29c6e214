import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { classifyHeading, segment, unitIndexAt, type SegmentedDoc } from '../../src/pipeline/segment.js';
import { postingText } from '../helpers/fixtures.js';
import { textWithJunk } from '../laws/arbitraries.js';

function seg(text: string): SegmentedDoc {
  return segment(normalize(text));
}

/** The unit whose text starts with `prefix`. */
function unitStarting(doc: SegmentedDoc, prefix: string) {
  const u = doc.units.find((x) => doc.text.slice(x.start, x.end).startsWith(prefix));
  if (!u) throw new Error(`no unit starts with "${prefix}"`);
  return u;
}

describe('classifyHeading', () => {
  it.each([
    ['Requirements', 'requirements'],
    ['Minimum Qualifications', 'requirements'],
    ["What you'll need", 'requirements'],
    ['Basic Qualifications', 'requirements'],
    ['Preferred Qualifications', 'preferred'],
    ['Nice to have', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Desired Skills', 'preferred'],
    ['Responsibilities', 'responsibilities'],
    ["What you'll do", 'responsibilities'],
    ['ROLE RESPONSIBILITIES', 'responsibilities'],
    ['Benefits', 'benefits'],
    ['Perks', 'benefits'],
    ['About us', 'about'],
    ['About the role', 'responsibilities'],
    ['Equal Opportunity Employer', 'equal-opportunity'],
    ['Training & Education', 'requirements'],
  ] as const)('"%s" opens %s', (heading, kind) => {
    expect(classifyHeading(heading, false)).toBe(kind);
  });

  it.each([
    'Experience with Python',
    'Python experience',
    'Strong communication skills',
    'Excellent verbal and written communication skills, and quantitative analytical skills are required',
    'We offer competitive pay.',
    'experience with SQL',
  ])('"%s" is content, not a heading', (line) => {
    expect(classifyHeading(line, false)).toBeNull();
  });
});

describe('segment: real postings with headings', () => {
  // kenjee-0025 (Novetta): Job Description / Responsibilities include / Basic Qualifications / Desired Skills.
  const doc = seg(postingText('segmentation-postings.jsonl', 'kenjee-0025'));

  it.each([
    ['Develop solutions spanning multiple subject areas', 'responsibilities', false],
    ['Experience with Python', 'requirements', false],
    ['Strong written and verbal communication skills.', 'requirements', false],
    ['Research experience in Machine Learning', 'preferred', true],
    ['Experience with R, Java, or other programming languages.', 'preferred', true],
    ['Must be eligible to obtain', 'preferred', false],
    ['Novetta is an equal opportunity/affirmative action employer.', 'equal-opportunity', false],
  ] as const)('"%s" sits in %s (preferred: %s)', (prefix, section, preferred) => {
    const u = unitStarting(doc, prefix);
    expect(u.section).toBe(section);
    expect(u.preferred).toBe(preferred);
  });

  it('splits lines into sentences without breaking at "e.g." or "fast.ai"', () => {
    const u = unitStarting(doc, 'Implement, configure and test');
    expect(doc.text.slice(u.start, u.end)).toBe(
      'Implement, configure and test machine learning and deep learning libraries and platforms (e.g. fast.ai, TensorFlow, Keras, XGBoost, LightGBM).',
    );
  });

  it('reads ALL-CAPS headings (kenjee-0026, Pfizer)', () => {
    const d = seg(postingText('segmentation-postings.jsonl', 'kenjee-0026'));
    expect(unitStarting(d, 'Use structured and unstructured data').section).toBe('responsibilities');
    expect(unitStarting(d, 'MS in Biomedical Engineering').section).toBe('requirements');
    expect(unitStarting(d, 'Skilled at implementing ideas in Python').section).toBe('requirements');
  });
});

describe('segment: postings whose line breaks were lost', () => {
  it('finds inline headings in one long paragraph (kenjee-0296, NPD)', () => {
    const d = seg(postingText('segmentation-postings.jsonl', 'kenjee-0296'));
    expect(unitStarting(d, 'NPD group is looking for a data scientist').section).toBe('responsibilities');
    expect(unitStarting(d, 'Use various modeling approaches').section).toBe('responsibilities');
    const degree = unitStarting(d, 'Degree in statistics, quantitative social science');
    expect(degree.section).toBe('requirements');
    expect(degree.preferred).toBe(false);
    expect(unitStarting(d, 'Graduate-level experience preferred.').preferred).toBe(true);
    expect(unitStarting(d, 'Experience with data analysis in R is required.').preferred).toBe(false);
  });

  it.each([
    // SkillSpan train (MIT), tech-36, tech-44 and tech-80, as they stand.
    ['YOUR PROFILE', 'Troubleshoot performance and concurrency issues ( on-call duty ) YOUR PROFILE Completed bachelors or masters study in the technical field 3+ years of experience as a Data Warehouse developer', 'Completed bachelors'],
    ['Qualifications and Skills', 'Work on bug fixing and improving application performance Continuously discover evaluate and implement new technologies Qualifications and Skills Experience building commercial products for mobile platforms MS or BS in Computer Science', 'Experience building commercial'],
    ['About You', 'Partner with our management developers product managers and other stakeholders About You: Bachelor\'s and/or Master\'s in Computer Science or a similar technical field', "Bachelor's and/or"],
    // house-107: at the start of a long line.
    ['Qualifications', 'Increase in direct reports depends on the demand from the Line of Business .\nQualifications You hold a Bachelor or Masters degree in business administration computer science data science information science or related field or equivalent work experience', 'You hold a Bachelor'],
  ])('opens the requirements at an inline "%s"', (heading, text, after) => {
    const d = seg(text);
    const headings = d.sections.filter((s) => s.heading).map((s) => [s.kind, d.text.slice(s.heading!.start, s.heading!.end)]);
    expect(headings).toEqual([['requirements', heading]]);
    expect(unitStarting(d, after).section).toBe('requirements');
  });

  it('splits the remains of "&bull;" into bullets (kenjee-0328)', () => {
    const d = seg(postingText('segmentation-postings.jsonl', 'kenjee-0328'));
    const u = unitStarting(d, 'Extremely proficient with Tableau');
    expect(u.kind).toBe('bullet');
    expect(d.text.slice(u.start, u.end)).toBe('Extremely proficient with Tableau and other Data Visualization tools');
    expect(unitStarting(d, 'Seasoned data scientist with 5+ years').section).toBe('requirements');
    expect(unitStarting(d, 'Strong working knowledge of SQL, Teradata preferred').preferred).toBe(true);
  });
});

describe('segment: bullets and cues', () => {
  it('reads bullet markers and sentence-level preference cues', () => {
    const d = seg('Requirements:\n- 3+ years of SQL\n* Tableau is a plus\n1. Python\nNice to have:\n• Spark\n• Scala (required)');
    expect(unitStarting(d, '3+ years of SQL')).toMatchObject({ kind: 'bullet', section: 'requirements', preferred: false });
    expect(unitStarting(d, 'Tableau is a plus')).toMatchObject({ kind: 'bullet', preferred: true });
    expect(unitStarting(d, 'Python')).toMatchObject({ kind: 'bullet', preferred: false });
    expect(unitStarting(d, 'Spark')).toMatchObject({ section: 'preferred', preferred: true });
    expect(unitStarting(d, 'Scala (required)')).toMatchObject({ section: 'preferred', preferred: false });
  });

  it('reads a heading with a bullet glued to its end (kenjee-0819: "Job Qualifications·")', () => {
    // The bullet is no letter of the heading's last word, whichever bullet character the posting used.
    for (const bullet of ['\u00b7', '\u2022', '\u25aa']) {
      const d = seg(`Utilize literature searches to solve specific research problems.\nJob Qualifications${bullet}\nPhD with 5+ years industry experience in pharmaceutical hit-to-lead optimization`);
      expect(unitStarting(d, 'Job Qualifications')).toMatchObject({ kind: 'heading', section: 'requirements' });
      expect(unitStarting(d, 'PhD with 5+ years').section).toBe('requirements');
    }
  });

  it('reads pointing hands and heavy arrows as bullets (skillspan-dev-tech-4: "☞ Node.js", "⌲ You are the ideal candidate if:")', () => {
    const d = seg('THE STACK:\n\u261e Lots of Typescript ( Back and Front ) \u261e Javascript\n\u261e Node.js\nREQUIRED PROFILE\n\u2332 You are the ideal candidate if:\n\u261e You have at least 2-3 years of experience in challenging environments;');
    expect(unitStarting(d, 'Node.js')).toMatchObject({ kind: 'bullet' });
    expect(unitStarting(d, 'Javascript')).toMatchObject({ kind: 'bullet' });
    // Emoji bullets, with or without their variation selector.
    const emoji = seg('Skills:\n\u2714\ufe0f Python\n\u27a1\ufe0f SQL\n\u2705 Tableau');
    for (const item of ['Python', 'SQL', 'Tableau']) expect(unitStarting(emoji, item)).toMatchObject({ kind: 'bullet', section: 'requirements' });
    // LABELLING rule 19: the list under an "ideal candidate" lead-in is a preference.
    expect(unitStarting(d, 'You have at least 2-3 years')).toMatchObject({ kind: 'bullet', section: 'preferred' });
  });

  it('reads headings decorated with symbols the tokenizer splits at ("★ Requirements ★", "Requirements™")', () => {
    // Word characters are the tokenizer's letters and digits: a symbol from U+2000 on is no part of a heading word.
    const d = seg('About us\nWe build things.\n\u2605 Requirements \u2605\nBS in Computer Science\n\u2605 Benefits \u2605\n401(k) match');
    expect(unitStarting(d, 'BS in Computer Science').section).toBe('requirements');
    expect(unitStarting(d, '401(k) match').section).toBe('benefits');
    const tm = seg('We build things.\nRequirements\u2122\nBS in Computer Science\nBenefits \u20ac\nFree SQL course');
    expect(unitStarting(tm, 'BS in Computer Science').section).toBe('requirements');
    expect(unitStarting(tm, 'Free SQL course').section).toBe('benefits');
  });

  it('reads an inline "Heading: content" line', () => {
    const d = seg('Education Required: Bachelor\'s degree required, preferably in math.\nBenefits: 401(k) match');
    expect(unitStarting(d, "Bachelor's degree required").section).toBe('requirements');
    expect(unitStarting(d, '401(k) match').section).toBe('benefits');
  });

  // gold-dev kenjee first posting: "Minimum Qualifications" was cut again at "Qualifications", giving two overlapping
  // heading units and a one-word "Minimum" section.
  it('keeps a two-word inline heading whole ("Minimum Qualifications: ...")', () => {
    const text =
      "If none are listed, there are no minimum qualifications.\n\nMinimum Qualifications: Bachelor of Science and 5 years' data science experience OR Master of Science and 3 years' data science experience.";
    const d = seg(text);
    const headings = d.sections.filter((s) => s.heading).map((s) => d.text.slice(s.heading!.start, s.heading!.end));
    expect(headings).toEqual(['Minimum Qualifications']);
    expect(unitStarting(d, 'Bachelor of Science').section).toBe('requirements');
    for (let k = 1; k < d.units.length; k++) expect(d.units[k]!.start).toBeGreaterThanOrEqual(d.units[k - 1]!.end);
  });

  it('finds the unit at a position', () => {
    const d = seg('First sentence here. Second one is here.');
    const second = unitStarting(d, 'Second');
    expect(unitIndexAt(d, second.start + 3)).toBe(d.units.indexOf(second));
    expect(unitIndexAt(d, d.text.length + 5)).toBe(-1);
  });

  it('gives no units for empty or blank text', () => {
    expect(seg('').units).toHaveLength(0);
    expect(seg('  \n\t \n').units).toHaveLength(0);
  });
});

describe('segment: sub-headings and broken lines', () => {
  it('keeps a generic sub-heading inside a preferred section preferred (kenjee-0168 style)', () => {
    const d = seg("Desired Experience:\nEducation/Training:\nMaster's degree in CS or equivalent\nRequired Skills:\nPython");
    expect(unitStarting(d, "Master's degree in CS")).toMatchObject({ section: 'preferred', preferred: true });
    expect(unitStarting(d, 'Python')).toMatchObject({ section: 'requirements', preferred: false });
  });

  it('reads "The Ideal Candidate" as preference wording (rule 19)', () => {
    const d = seg('The Ideal Candidate:\n- 3+ years of SQL');
    expect(unitStarting(d, '3+ years of SQL')).toMatchObject({ section: 'preferred', preferred: true });
  });

  it('joins a line broken mid-sentence with the line before (kenjee-0302, kenjee-0504)', () => {
    const d = seg(
      'Master and/or doctorate degree in data science, economics, psychology,\n\nstatistics, or other related disciplines.\n' +
        "• Bachelor's\ndegree in a science discipline preferred.\nNext sentence.",
    );
    const joined = unitStarting(d, 'Master and/or doctorate');
    expect(d.text.slice(joined.start, joined.end)).toContain('statistics, or other related disciplines.');
    const bullet = unitStarting(d, "Bachelor's");
    expect(d.text.slice(bullet.start, bullet.end)).toBe("Bachelor's\ndegree in a science discipline preferred.");
    expect(bullet.preferred).toBe(true);
    expect(unitStarting(d, 'Next sentence.').start).toBeGreaterThan(bullet.end);
  });
});

describe('segment: a line left hanging on "or", "and" or a comma', () => {
  it('joins the next line whatever its case (kenjee-0757)', () => {
    const d = seg('BS or\nMS in Data Sciences, Computer Science, Electrical Engineering, Physics or\nApplied Mathematics.\nWorking knowledge of C.');
    const joined = unitStarting(d, 'BS or');
    expect(d.text.slice(joined.start, joined.end)).toBe('BS or\nMS in Data Sciences, Computer Science, Electrical Engineering, Physics or\nApplied Mathematics.');
    expect(unitStarting(d, 'Working knowledge').start).toBeGreaterThan(joined.end);
  });

  it('keeps a bullet of its own apart, and a line after a finished one', () => {
    const d = seg('• Python, R, and\n• SQL experience\nWe value data.\nAnd more.');
    expect(d.text.slice(unitStarting(d, 'Python').start, unitStarting(d, 'Python').end)).toBe('Python, R, and');
    expect(unitStarting(d, 'SQL experience').start).toBeGreaterThan(unitStarting(d, 'Python').end);
    expect(unitStarting(d, 'And more.').start).toBeGreaterThan(unitStarting(d, 'We value data.').end);
  });
});

describe('segment: a line broken after an abbreviation', () => {
  it('joins "Ph.D." with the lower-case line after it, but not a finished sentence', () => {
    const d = seg('Ph.D.\nin a chemistry, environmental sciences, or a related discipline\nWe value data.\nthen lower case');
    const joined = unitStarting(d, 'Ph.D.');
    expect(d.text.slice(joined.start, joined.end)).toBe('Ph.D.\nin a chemistry, environmental sciences, or a related discipline');
    expect(unitStarting(d, 'then lower case').start).toBeGreaterThan(unitStarting(d, 'We value data.').end);
  });
});

describe('segment: "Desired" headings read literally', () => {
  it('takes "Desired Skills and Experience" as a preferred section (LABELLING: "desired" is preference wording)', () => {
    expect(classifyHeading('Desired Skills and Experience', false)).toBe('preferred');
  });
});

describe('segment: bounded units', () => {
  it('cuts text without sentence punctuation into units of at most MAX_UNIT_LENGTH, at word boundaries', async () => {
    const { MAX_UNIT_LENGTH } = await import('../../src/pipeline/segment.js');
    const text = 'Python, SQL and Tableau '.repeat(500);
    const d = seg(text);
    expect(d.units.length).toBeGreaterThan(10);
    for (const u of d.units) {
      expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT_LENGTH);
      expect(d.text[u.start - 1] ?? ' ').toBe(' ');
    }
    // Nothing is lost between units: they tile the text except for the spaces at the cuts.
    const covered = d.units.reduce((n, u) => n + (u.end - u.start), 0);
    expect(text.trim().length - covered).toBeLessThanOrEqual(d.units.length * 2);
  });
});

describe('segment: one-word inline headings', () => {
  it('does not split a sentence at a capitalised "Preferred" inside it', () => {
    const d = seg("Master's Degree Preferred In: Statistics, Computer Science, Operations Research, Engineering, Mathematics, Economics, or other quantitative fields");
    expect(d.units).toHaveLength(1);
  });

  it('still opens a section at a one-word heading after a sentence end in a long paragraph', () => {
    const d = seg('We build analytics products for retailers and their partners across the country every single day. Requirements Python and SQL are needed for this role in our team.');
    expect(unitStarting(d, 'Python and SQL').section).toBe('requirements');
  });
});

describe('segment: laws', () => {
  it('units come in text order and never overlap, whatever the text', () => {
    const headingSoup = fc
      .array(fc.constantFrom('Minimum Qualifications', 'Preferred Qualifications', 'Key Responsibilities', 'Qualifications', 'Requirements:', 'Skills', ' ', '\n', '. ', 'Python', '•'), { maxLength: 30 })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(textWithJunk, headingSoup), (text) => {
        const d = seg(text);
        for (let k = 1; k < d.units.length; k++) expect(d.units[k]!.start).toBeGreaterThanOrEqual(d.units[k - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
