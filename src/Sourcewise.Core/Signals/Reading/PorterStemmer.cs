namespace Sourcewise.Signals.Reading;

/// <summary>The Porter (1980) stemmer for English: "supervised", "supervising" and "supervision" all become
/// "supervis", so one lexicon entry covers a word's forms. Input must be lower-case ASCII letters; other words are
/// returned unchanged.</summary>
/// <threadsafety>Pure and thread-safe.</threadsafety>
internal static class PorterStemmer
{
    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word;
            }
        }

        var b = word.ToCharArray();
        var k = b.Length - 1;
        k = Step1Ab(b, k);
        if (k > 0)
        {
            k = Step1C(b, k);
            k = Step2(b, k);
            k = Step3(b, k);
            k = Step4(b, k);
            k = Step5(b, k);
        }

        return new string(b, 0, k + 1);
    }

    private static bool IsConsonant(char[] b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(b, i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in b[0..j].</summary>
    private static int Measure(char[] b, int j)
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j)
            {
                return n;
            }

            if (!IsConsonant(b, i))
            {
                break;
            }

            i++;
        }

        i++;
        while (true)
        {
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (IsConsonant(b, i))
                {
                    break;
                }

                i++;
            }

            i++;
            n++;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(b, i))
                {
                    break;
                }

                i++;
            }

            i++;
        }
    }

    private static bool VowelInStem(char[] b, int j)
    {
        for (var i = 0; i <= j; i++)
        {
            if (!IsConsonant(b, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DoubleConsonant(char[] b, int j) => j >= 1 && b[j] == b[j - 1] && IsConsonant(b, j);

    /// <summary>Consonant-vowel-consonant ending, where the last is not w, x or y ("hop", not "snow").</summary>
    private static bool Cvc(char[] b, int i)
    {
        if (i < 2 || !IsConsonant(b, i) || IsConsonant(b, i - 1) || !IsConsonant(b, i - 2))
        {
            return false;
        }

        return b[i] is not ('w' or 'x' or 'y');
    }

    private static bool EndsWith(char[] b, int k, string s, out int j)
    {
        j = k - s.Length;
        if (s.Length > k + 1)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (b[k - s.Length + 1 + i] != s[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replaces b[j+1..k] with <paramref name="s"/>; returns the new end.</summary>
    private static int SetTo(char[] b, int j, string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            b[j + 1 + i] = s[i];
        }

        return j + s.Length;
    }

    private static int Step1Ab(char[] b, int k)
    {
        int j;
        if (b[k] == 's')
        {
            if (EndsWith(b, k, "sses", out j))
            {
                k -= 2;
            }
            else if (EndsWith(b, k, "ies", out j))
            {
                k = SetTo(b, j, "i");
            }
            else if (k >= 1 && b[k - 1] != 's')
            {
                k--;
            }
        }

        if (EndsWith(b, k, "eed", out j))
        {
            if (Measure(b, j) > 0)
            {
                k--;
            }
        }
        else if ((EndsWith(b, k, "ed", out j) || EndsWith(b, k, "ing", out j)) && VowelInStem(b, j))
        {
            k = j;
            if (EndsWith(b, k, "at", out j))
            {
                k = SetTo(b, j, "ate");
            }
            else if (EndsWith(b, k, "bl", out j))
            {
                k = SetTo(b, j, "ble");
            }
            else if (EndsWith(b, k, "iz", out j))
            {
                k = SetTo(b, j, "ize");
            }
            else if (DoubleConsonant(b, k))
            {
                if (b[k] is not ('l' or 's' or 'z'))
                {
                    k--;
                }
            }
            else if (Measure(b, k) == 1 && Cvc(b, k))
            {
                k = SetTo(b, k, "e");
            }
        }

        return k;
    }

    private static int Step1C(char[] b, int k)
    {
        if (EndsWith(b, k, "y", out var j) && VowelInStem(b, j))
        {
            b[k] = 'i';
        }

        return k;
    }

    private static readonly (string From, string To)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string From, string To)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", string.Empty), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", string.Empty),
        ("ness", string.Empty),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    private static int Replace(char[] b, int k, (string From, string To)[] rules)
    {
        foreach (var (from, to) in rules)
        {
            if (EndsWith(b, k, from, out var j))
            {
                return Measure(b, j) > 0 ? SetTo(b, j, to) : k;
            }
        }

        return k;
    }

    private static int Step2(char[] b, int k) => k == 0 ? k : Replace(b, k, Step2Rules);

    private static int Step3(char[] b, int k) => Replace(b, k, Step3Rules);

    private static int Step4(char[] b, int k)
    {
        if (k < 1)
        {
            return k;
        }

        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(b, k, suffix, out var j))
            {
                continue;
            }

            if (suffix == "ion" && (j < 0 || b[j] is not ('s' or 't')))
            {
                return k;
            }

            // "ement" is tried before "ment" and "ent": the longest matching suffix decides.
            return Measure(b, j) > 1 ? j : k;
        }

        return k;
    }

    private static int Step5(char[] b, int k)
    {
        if (b[k] == 'e')
        {
            var a = Measure(b, k - 1);
            if (a > 1 || (a == 1 && !Cvc(b, k - 1)))
            {
                k--;
            }
        }

        if (b[k] == 'l' && DoubleConsonant(b, k) && Measure(b, k - 1) > 1)
        {
            k--;
        }

        return k;
    }
}
