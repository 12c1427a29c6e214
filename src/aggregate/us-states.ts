/** US states, DC and Puerto Rico: postal code -> name (data for the location parser). */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', PR: 'Puerto Rico', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming',
};

/** The name of a state code, null when it is none (Object.hasOwn: codes can come from a partial, any string). */
export const usStateName = (code: string): string | null => (Object.hasOwn(US_STATES, code) ? US_STATES[code]! : null);

/** Lower-case state name -> code. */
export const US_STATE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), code]),
);

/** Ways of writing the whole country. */
export const US_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.', 'nationwide',
]);

/** Ways of writing "no fixed place". */
export const REMOTE_WORDS: ReadonlySet<string> = new Set(['remote', 'anywhere', 'work from home', 'wfh', 'telecommute', 'virtual']);
