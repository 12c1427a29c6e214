/**
 * Cities of other countries that job postings write with a two-letter country code that is also a US state's code
 * ("Bangalore, IN", "Toronto, CA", "Berlin, DE", "Tel Aviv, IL"): with the city named here before that code, the code
 * is the country's. Only the large hiring cities of those countries, and none that is also a town of the US state
 * with that code (no "Vancouver" under WA, "London" under KY or OH, "Hamburg" under NY or PA: those codes name no
 * country here, and "Berlin, CT" stays Connecticut). Lower case and composed (NFC), as written in English and locally.
 */
export const FOREIGN_CITIES_BY_CODE: Readonly<Record<string, readonly string[]>> = {
  // India (IN is Indiana)
  IN: [
    'bangalore', 'bengaluru', 'hyderabad', 'secunderabad', 'pune', 'chennai', 'mumbai', 'navi mumbai', 'delhi',
    'new delhi', 'bombay', 'gurgaon', 'gurugram', 'noida', 'greater noida', 'kolkata', 'ahmedabad', 'kochi', 'cochin',
    'jaipur', 'chandigarh', 'mohali', 'coimbatore', 'trivandrum', 'thiruvananthapuram', 'mysore', 'mysuru',
    'nagpur', 'vadodara', 'lucknow', 'bhubaneswar', 'visakhapatnam', 'indore', 'mangalore', 'mangaluru',
  ],
  // Canada (CA is California)
  CA: [
    'toronto', 'montreal', 'montréal', 'vancouver', 'calgary', 'ottawa', 'edmonton', 'mississauga', 'winnipeg',
    'halifax', 'quebec', 'quebec city', 'québec', 'québec city', 'kitchener', 'markham', 'burnaby', 'brampton', 'saskatoon', 'regina',
    'kanata', 'gatineau', 'laval', 'surrey', 'north york', 'scarborough', 'etobicoke',
  ],
  // Germany (DE is Delaware)
  DE: [
    'berlin', 'munich', 'münchen', 'muenchen', 'munchen', 'hamburg', 'frankfurt', 'frankfurt am main', 'cologne',
    'köln', 'koeln', 'koln', 'stuttgart', 'düsseldorf', 'dusseldorf', 'duesseldorf', 'leipzig', 'dresden',
    'nuremberg', 'nürnberg', 'nurnberg', 'nuernberg', 'hannover', 'hanover', 'bonn', 'karlsruhe', 'heidelberg', 'mannheim', 'darmstadt', 'essen',
    'dortmund', 'bremen', 'potsdam', 'walldorf',
  ],
  // Israel (IL is Illinois)
  IL: ['tel aviv', 'tel-aviv', 'tel aviv-yafo', 'tel aviv yafo', 'jerusalem', 'haifa', 'herzliya', 'ramat gan', "ra'anana", 'raanana', 'petah tikva', 'petach tikva', 'netanya', 'beersheba', "be'er sheva", 'rehovot', 'yokneam'],
  // Colombia (CO is Colorado), Argentina (AR is Arkansas), Indonesia (ID is Idaho), Morocco (MA is Massachusetts)
  CO: ['bogota', 'bogotá', 'medellin', 'medellín', 'cali', 'barranquilla'],
  AR: ['buenos aires', 'cordoba', 'córdoba', 'rosario', 'mendoza'],
  ID: ['jakarta', 'bandung', 'surabaya', 'yogyakarta', 'denpasar'],
  MA: ['casablanca', 'rabat', 'marrakech', 'tangier', 'fes'],
};
