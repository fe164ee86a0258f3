/** US states, Canadian provinces, continents and common geopolitical regions. */
export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  'Puerto Rico', 'Guam',
];

export const CANADIAN_PROVINCES = [
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador',
  'Newfoundland', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan',
  'Northwest Territories', 'Nunavut', 'Yukon',
];

export const REGIONS = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'Oceania', 'North America', 'South America',
  'Central America', 'Latin America', 'Middle East', 'Near East', 'Far East', 'Southeast Asia',
  'South Asia', 'East Asia', 'Central Asia', 'Asia-Pacific', 'Asia Pacific', 'Eastern Europe',
  'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Scandinavia',
  'Balkans', 'Caribbean', 'Mediterranean', 'Sahara', 'Sahel', 'Arctic', 'Gulf', 'Persian Gulf',
  'Horn of Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  'Sub-Saharan Africa', 'Western Hemisphere', 'Eastern Hemisphere', 'Pacific', 'Atlantic',
  'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Gaza', 'Gaza Strip', 'West Bank',
  'Kashmir', 'Tibet', 'Xinjiang', 'Siberia', 'Chechnya', 'Kurdistan', 'Northern Ireland',
  'England', 'Scotland', 'Wales', 'Midwest', 'New England',
];
