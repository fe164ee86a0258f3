/**
 * Sovereign states and a few widely reported territories.
 * Format: "Canonical|alias;alias|demonym;demonym" — aliases are the short and
 * historical forms news copy uses; demonyms let "Mexican President" name Mexico.
 */
const ROWS = `Afghanistan||Afghan
Albania||Albanian
Algeria||Algerian
Andorra||Andorran
Angola||Angolan
Antigua and Barbuda||Antiguan
Argentina||Argentine;Argentinian
Armenia||Armenian
Australia||Australian
Austria||Austrian
Azerbaijan||Azerbaijani;Azeri
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini
Bangladesh||Bangladeshi
Barbados||Barbadian
Belarus|Byelorussia|Belarusian;Belarussian
Belgium||Belgian
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian
Botswana||Botswanan
Brazil||Brazilian
Brunei||Bruneian
Bulgaria||Bulgarian
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian
Cameroon||Cameroonian
Canada||Canadian
Cape Verde||Cape Verdean
Central African Republic||
Chad||Chadian
Chile||Chilean
China|People's Republic of China;PRC;Mainland China|Chinese;Sino
Colombia||Colombian
Comoros||Comoran
Congo|Republic of Congo;Democratic Republic of Congo;Democratic Republic of the Congo;DR Congo;DRC;Zaire|Congolese
Costa Rica||Costa Rican
Croatia||Croatian
Cuba||Cuban
Cyprus||Cypriot
Czech Republic|Czechia|Czech
Denmark||Danish
Djibouti||Djiboutian
Dominica||
Dominican Republic||Dominican
East Timor|Timor-Leste|East Timorese
Ecuador||Ecuadorian
Egypt||Egyptian
El Salvador||Salvadoran
Equatorial Guinea||Equatoguinean
Eritrea||Eritrean
Estonia||Estonian
Ethiopia||Ethiopian
Fiji||Fijian
Finland||Finnish
France||French
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian
Germany|West Germany;East Germany|German
Ghana||Ghanaian
Greece||Greek
Grenada||Grenadian
Guatemala||Guatemalan
Guinea||Guinean
Guinea-Bissau||
Guyana||Guyanese
Haiti||Haitian
Honduras||Honduran
Hong Kong||
Hungary||Hungarian
Iceland||Icelandic
India||Indian
Indonesia||Indonesian
Iran||Iranian
Iraq||Iraqi
Ireland|Irish Republic|Irish
Israel||Israeli
Italy||Italian
Ivory Coast|Cote d'Ivoire|Ivorian
Jamaica||Jamaican
Japan||Japanese
Jordan||Jordanian
Kazakhstan||Kazakh
Kenya||Kenyan
Kiribati||
Kosovo||Kosovar
Kuwait||Kuwaiti
Kyrgyzstan||Kyrgyz
Laos||Lao;Laotian
Latvia||Latvian
Lebanon||Lebanese
Lesotho||
Liberia||Liberian
Libya||Libyan
Liechtenstein||
Lithuania||Lithuanian
Luxembourg||Luxembourgish
Macau|Macao|
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian
Maldives||Maldivian
Mali||Malian
Malta||Maltese
Marshall Islands||
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican
Micronesia||Micronesian
Moldova||Moldovan
Monaco||Monegasque
Mongolia||Mongolian
Montenegro||Montenegrin
Morocco||Moroccan
Mozambique||Mozambican
Myanmar|Burma|Burmese
Namibia||Namibian
Nauru||
Nepal||Nepali;Nepalese
Netherlands|Holland;The Netherlands|Dutch
New Zealand||
Nicaragua||Nicaraguan
Niger||Nigerien
Nigeria||Nigerian
North Korea|DPRK;Democratic People's Republic of Korea;N. Korea|North Korean
North Macedonia|Macedonia|Macedonian
Norway||Norwegian
Oman||Omani
Pakistan||Pakistani
Palau||
Palestine|Palestinian territories|Palestinian
Panama||Panamanian
Papua New Guinea||
Paraguay||Paraguayan
Peru||Peruvian
Philippines|The Philippines|Filipino;Philippine
Poland||Polish
Portugal||Portuguese
Qatar||Qatari
Romania||Romanian
Russia|Russian Federation|Russian
Rwanda||Rwandan
Saint Kitts and Nevis||
Saint Lucia||
Saint Vincent and the Grenadines||
Samoa||Samoan
San Marino||
Sao Tome and Principe||
Saudi Arabia||Saudi;Saudi Arabian
Senegal||Senegalese
Serbia|Yugoslavia|Serbian;Serb;Yugoslav
Seychelles||
Sierra Leone||Sierra Leonean
Singapore||Singaporean
Slovakia||Slovak
Slovenia||Slovenian;Slovene
Solomon Islands||
Somalia||Somali
South Africa||South African
South Korea|Republic of Korea;ROK;Korea;S. Korea|South Korean;Korean
South Sudan||South Sudanese
Spain||Spanish
Sri Lanka||Sri Lankan
Sudan||Sudanese
Suriname||Surinamese
Swaziland|Eswatini|Swazi
Soviet Union|USSR;U.S.S.R.|Soviet
Sweden||Swedish
Switzerland||Swiss
Syria||Syrian
Taiwan||Taiwanese
Tajikistan||Tajik
Tanzania||Tanzanian
Thailand||Thai
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago||Trinidadian
Tunisia||Tunisian
Turkey|Turkiye|Turkish
Turkmenistan||Turkmen
Tuvalu||
Uganda||Ugandan
Ukraine||Ukrainian
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati
United Kingdom|UK;U.K.;Britain;Great Britain|British
United States|US;U.S.;USA;U.S.A.;America;United States of America|American
Uruguay||Uruguayan
Uzbekistan||Uzbek
Vanuatu||
Vatican|Vatican City;Holy See|
Venezuela||Venezuelan
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni
Zambia||Zambian
Zimbabwe||Zimbabwean`;

export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
}

export const COUNTRIES: Country[] = ROWS.split('\n').map((row) => {
  const [name = '', aliases = '', demonyms = ''] = row.split('|');
  const list = (s: string) => (s ? s.split(';') : []);
  return { name, aliases: list(aliases), demonyms: list(demonyms) };
});

/** Religious and ethnic group adjectives: like demonyms, not names of entities. */
export const PEOPLES = [
  'Arab', 'Berber', 'Buddhist', 'Catholic', 'Christian', 'Hindu', 'Islamic', 'Jewish', 'Kurd',
  'Kurdish', 'Muslim', 'Orthodox', 'Protestant', 'Shia', 'Shiite', 'Sikh', 'Sunni', 'Tamil',
  'Tibetan', 'Uighur', 'Uyghur', 'Pashtun', 'Hutu', 'Tutsi', 'Basque', 'Catalan', 'Latino',
  'Hispanic', 'African', 'Asian', 'European', 'Western', 'Siamese', 'Persian', 'Slav', 'Roma',
  'Moslem', 'Uygur', 'Islamist', 'Jihadist', 'Communist', 'Maoist', 'Marxist', 'Zionist',
];
