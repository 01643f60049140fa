/** Document extractors (SPI) that turn files into scannable text with offsets back into the file. */
package org.piishield.extract;
