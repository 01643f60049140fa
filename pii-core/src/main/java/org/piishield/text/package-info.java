/** Text model: case/accent folding, allocation-free word sets, offset maps from derived to original text, JSON. */
package org.piishield.text;
