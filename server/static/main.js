// The site's one script: the SPARQL editor on every query form, and the pictures.
// Loaded as a module from this origin (the Content-Security-Policy allows nothing else).

import { drawPictures } from "./pictures.js";
import { enhanceQueryForms } from "./query.js";

enhanceQueryForms();
drawPictures();
