def group_anagrams(words):
    """Group words that are anagrams of each other, ignoring case.

    Groups come in order of their first word; words keep their input order.
    """
    groups = []
    for word in words:
        for group in groups:
            if sorted(group[0].lower()) == sorted(word.lower()):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
