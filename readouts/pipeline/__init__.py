"""The stages a text goes through before extraction: normalise, strip page
furniture, detect language, split into sentences."""
