/** Words that count the hurt themselves: "1,500 wounded", "30 injured". */
export const HURT = /^(?:wounded|injured)$/i;
/** Words that count the dead themselves: "343 dead", "406 deaths", "12 fatalities". */
export const DEATHS = /^(?:dead|deaths?|fatalit(?:y|ies))$/i;
