// The estimator with the common and the German dictionaries, as one global for the page script
// src/Lotse/wwwroot/js/passwortstaerke.js (which holds Lotse's own meter code).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as german from '@zxcvbn-ts/language-de';

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...german.dictionary },
  graphs: common.adjacencyGraphs,
  translations: german.translations,
  useLevenshteinDistance: true,
});

globalThis.lotseZxcvbn = {
  check: (password, userInputs) => estimator.check(password, userInputs),
};
