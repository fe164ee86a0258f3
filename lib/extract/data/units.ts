/** Currency markers → ISO 4217 codes. Prefix symbols precede the number. */
export const CURRENCY_PREFIXES: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'CAN$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD',
  'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'NT$': 'TWD', 'R$': 'BRL', 'MX$': 'MXN', $: 'USD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', 'Rs.': 'INR', Rs: 'INR',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CAD: 'CAD', MYR: 'MYR',
  INR: 'INR', AUD: 'AUD', CHF: 'CHF',
};

/** Currency words that follow the number: "1.175 billion ringgit". Longest first when matched. */
export const CURRENCY_WORDS: Record<string, string> = {
  'u.s. dollars': 'USD', 'us dollars': 'USD', 'american dollars': 'USD', 'canadian dollars': 'CAD',
  'australian dollars': 'AUD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD', 'taiwan dollars': 'TWD', dollars: 'USD', dollar: 'USD',
  euros: 'EUR', euro: 'EUR', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', 'pounds sterling': 'GBP',
  sterling: 'GBP', rupees: 'INR', rupee: 'INR', ringgit: 'MYR', pesos: 'MXN', peso: 'MXN',
  rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', won: 'KRW', baht: 'THB',
  rupiah: 'IDR', dinars: 'DZD', francs: 'CHF', 'swiss francs': 'CHF', 'french francs': 'FRF',
  marks: 'DEM', 'deutsche marks': 'DEM', lira: 'TRY', shekels: 'ILS', riyals: 'SAR', rand: 'ZAR',
  kronor: 'SEK', kroner: 'NOK', naira: 'NGN', shillings: 'KES', dong: 'VND', taka: 'BDT',
  pula: 'BWP', kwacha: 'ZMW', cedis: 'GHS', birr: 'ETB', pesetas: 'ESP', 'hryvnias': 'UAH',
};

/** Measurement units → singular canonical unit. */
export const MEASURE_UNITS: Record<string, string> = {
  pound: 'pound', pounds: 'pound', lb: 'pound', lbs: 'pound', kilogram: 'kilogram',
  kilograms: 'kilogram', kg: 'kilogram', gram: 'gram', grams: 'gram', ton: 'ton', tons: 'ton',
  tonne: 'tonne', tonnes: 'tonne', ounce: 'ounce', ounces: 'ounce', mile: 'mile', miles: 'mile',
  kilometer: 'kilometer', kilometers: 'kilometer', kilometre: 'kilometer', kilometres: 'kilometer',
  km: 'kilometer', meter: 'meter', meters: 'meter', metre: 'meter', metres: 'meter', m: 'meter',
  foot: 'foot', feet: 'foot', inch: 'inch', inches: 'inch', acre: 'acre', acres: 'acre',
  hectare: 'hectare', hectares: 'hectare', barrel: 'barrel', barrels: 'barrel', gallon: 'gallon',
  gallons: 'gallon', liter: 'liter', liters: 'liter', litre: 'liter', litres: 'liter',
  degree: 'degree', degrees: 'degree', megawatt: 'megawatt', megawatts: 'megawatt', MW: 'megawatt',
  kilowatt: 'kilowatt', kilowatts: 'kilowatt', kW: 'kilowatt', gigawatt: 'gigawatt', gigawatts: 'gigawatt', GW: 'gigawatt',
  'kilowatt-hour': 'kilowatt-hour', 'kilowatt-hours': 'kilowatt-hour', kWh: 'kilowatt-hour',
  'square kilometers': 'square kilometer', 'square kilometres': 'square kilometer',
  'square miles': 'square mile', 'cubic meters': 'cubic meter', 'cubic metres': 'cubic meter',
};

/** Duration units → singular canonical unit. */
export const DURATION_UNITS: Record<string, string> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour',
  hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month',
  months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};
